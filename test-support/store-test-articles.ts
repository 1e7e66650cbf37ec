// For tests only: two short reports of one made-up event, written for Parallax's tests. They
// share facts, disagree on a number (and on the reopening, which the machine misses and the review
// tests correct), and each has something of its own. The browser tests post the same texts.

export const RIVERTON_A = {
  title: "Flood closes Riverton bridge",
  outlet: "Valley Courier",
  publishedAt: "2031-03-04",
  text: [
    "Heavy rain flooded the Riverton bridge on Tuesday, officials said.",
    "About 40 homes were evacuated near the river.",
    "Mayor Ana Lopez said the bridge would reopen “within two weeks”.",
    "Engineers from the county inspected the bridge supports on Wednesday.",
    "The local school stayed closed for the rest of the week.",
  ].join("\n\n"),
};

export const RIVERTON_B = {
  title: "Riverton bridge shut after flooding",
  outlet: "Hill County News",
  publishedAt: "2031-03-04",
  text: [
    "The Riverton bridge was flooded by heavy rain on Tuesday, according to officials.",
    "About 60 homes were evacuated near the river.",
    "Mayor Ana Lopez said the bridge would reopen in a few days.",
    "A shelter for evacuated families opened at the town hall.",
    "Volunteers handed out blankets and hot meals.",
  ].join("\n\n"),
};

export const RIVERTON_HTML = `<!doctype html><html><head><title>Riverton bridge closed by flood</title>
<meta property="og:site_name" content="Riverside Daily"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Riverton bridge closed by flood</h1>
<p>Heavy rain flooded the Riverton bridge on Tuesday, officials said.</p>
<p>About 45 homes were evacuated near the river.</p>
<p>Mayor Ana Lopez said the bridge would reopen “within two weeks”.</p>
</article><footer>© Riverside Daily. All rights reserved.</footer></body></html>`;
