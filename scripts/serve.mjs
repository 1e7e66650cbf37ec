// `npm run serve`: the production server, `next start` with one addition. Next.js writes the
// socket's address into X-Forwarded-For only when a request has none, so behind no proxy a
// client that sends its own header chooses its own rate-limit and queue key. This server
// copies the socket's address into x-parallax-peer on every request, replacing anything the
// client sent under that name, and tells the app (PARALLAX_SOCKET_PEER) it may trust it.
// Plain JavaScript so production needs no TypeScript loader.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? "3000");
const hostname = values.hostname;

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
