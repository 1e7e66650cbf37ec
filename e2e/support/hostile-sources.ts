// Article text, HTML and metadata written to run script wherever they are not treated as text.
// Every payload sets window.__pwned or opens a dialog, so a test can tell if any of them ran.
// (Our own writing: the story around the payloads is invented.)

const SCRIPT = "<script>window.__pwned='script'</script>";
const IMG = `<img src=x onerror="window.__pwned='img'">`;
const SVG = `<svg onload="window.__pwned='svg'"><script>window.__pwned='svg-script'</script></svg>`;
const LINK = `<a href="javascript:window.__pwned='link'">read more</a>`;
const STYLE = `<style>body{background:url(javascript:alert('css'))}</style><div style="position:fixed;inset:0;background:red">overlay</div>`;
const MARKDOWN = "[click me](javascript:alert('md')) ![x](javascript:alert('mdimg'))";

export const HOSTILE_TITLE = `Harbour fire ${SCRIPT}${IMG}`;
export const HOSTILE_OUTLET = `<svg onload=alert('outlet')>Tide ${IMG}`;

export const HOSTILE_SOURCES = [
  {
    title: HOSTILE_TITLE,
    outlet: HOSTILE_OUTLET,
    url: "https://example.org/fire?q=%22%3E%3Cscript%3Ealert('url')%3C/script%3E",
    publishedAt: `"><script>alert('date')</script>`.slice(0, 40),
    text: [
      `A fire broke out at the Marlow harbour warehouse on Tuesday night, the fire service said. ${SCRIPT}`,
      `About 40 firefighters worked for six hours to contain the blaze ${IMG} near the docks.`,
      `Harbour master Lena Ortiz said "nobody was hurt" ${SVG} in a statement.`,
      `${LINK} The warehouse held grain and timber. ${MARKDOWN}`,
      `${STYLE} Roads near the harbour reopened on Wednesday morning.`,
    ].join("\n\n"),
  },
  {
    title: `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>Marlow blaze`,
    outlet: `"><img src=x onerror=alert('outlet2')>`,
    html: `<!doctype html><html><head><title>Marlow blaze ${SCRIPT}</title><meta http-equiv="refresh" content="0;url=javascript:alert('meta')">
<script>window.__pwned='head-script'</script></head><body onload="window.__pwned='body'">
<article><h1>Marlow harbour blaze</h1>
<p>A fire broke out at the Marlow harbour warehouse on Tuesday night, the fire service said.<script>window.__pwned='inline'</script></p>
<p>About 60 firefighters worked for six hours to contain the blaze near the docks. <img src=x onerror="window.__pwned='img2'"></p>
<p>Harbour master Lena Ortiz said "no one was injured" in a statement. <svg><script>window.__pwned='svg2'</script></svg></p>
<p><a href="javascript:window.__pwned='link2'">The warehouse held grain and timber.</a></p>
<p onclick="window.__pwned='click'">Roads near the harbour reopened on Wednesday morning. &lt;script&gt;window.__pwned='entity'&lt;/script&gt;</p>
<object data="javascript:alert('object')"></object><embed src="javascript:alert('embed')"><form action="javascript:alert('form')"><button>go</button></form>
</article></body></html>`,
  },
];
