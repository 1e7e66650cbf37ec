// The one address the site gives for itself in absolute links (share cards' og:url and
// og:image, the API's `url` and Location). It comes from configuration only, never from a
// request's Host or X-Forwarded-Host, which any client can set to put its own site in our pages.

export type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_PORT = "3000";

/**
 * PARALLAX_PUBLIC_URL (an http(s) origin such as https://parallax.example, no path), else
 * http://localhost:$PORT. Throws with a message naming the variable when it is malformed, so a
 * wrong setting stops the server at start (instrumentation.ts) instead of producing bad links.
 */
export function readPublicOrigin(env: Env): string {
  const configured = env.PARALLAX_PUBLIC_URL?.trim();
  if (configured) return parseOrigin(configured);
  const port = env.PORT?.trim() || DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65_535) {
    throw new Error(`PORT must be a port number (1–65535); got "${port}".`);
  }
  return `http://localhost:${port}`;
}

function parseOrigin(value: string): string {
  const problem = (why: string) => new Error(`PARALLAX_PUBLIC_URL must be the site's origin, like https://parallax.example (${why}); got "${value}".`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw problem("not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw problem("http or https only");
  if (url.username || url.password) throw problem("no user name or password");
  // A trailing slash is harmless; a path, query or fragment would be glued onto every link.
  if (url.pathname !== "/" || url.search || url.hash || /[?#]/.test(value)) throw problem("no path, query or fragment");
  return url.origin;
}
