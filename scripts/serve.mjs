// `npm run serve`: the production server, `next start` with one addition. Next.js writes the
// socket's address into X-Forwarded-For only when a request has none, so behind no proxy a
// client that sends its own header chooses its own rate-limit and queue key. This server
// copies the socket's address into x-parallax-peer on every request, replacing anything the
// client sent under that name, and tells the app (PARALLAX_SOCKET_PEER) it may trust it.
// Plain JavaScript so production needs no TypeScript loader.
import { createServer } from "node:http";
import next from "next";

const args = process.argv.slice(2);
const option = (short, long, fallback) => {
  const at = args.findIndex((arg) => arg === short || arg === long);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const port = Number(option("-p", "--port", process.env.PORT ?? "3000"));
const hostname = option("-H", "--hostname", undefined);

process.env.PARALLAX_SOCKET_PEER = "1";
const app = next({ dev: false, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();
createServer((request, response) => {
  request.headers["x-parallax-peer"] = request.socket.remoteAddress ?? "";
  void handle(request, response);
}).listen(port, hostname, () => {
  process.stdout.write(`Parallax ready on http://${hostname ?? "localhost"}:${port}\n`);
});
