// Runs once when the server starts. The checks live in a Node.js-only module, loaded only in
// the Node.js runtime, so the Edge build of this file never sees process.exit.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
