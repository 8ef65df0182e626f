// The HTTP edge of `npm start` (spawned by scripts/start.mts in place of `next start`): a plain
// Node server around Next's request handler that settles who the client is before Next sees the
// request. `next start` only fills X-Forwarded-For when a client left it out, so per-address limits
// would trust whatever a client wrote. Here, without TRUST_PROXY, X-Forwarded-For becomes the
// socket's address and other forwarding headers are dropped; with it, the proxy's rightmost entry.
import { createServer } from "node:http";
import next from "next";
import { env } from "../lib/env.ts";
import { settleForwardedHeaders } from "../lib/http/client-address.ts";

const port = Number(process.env.PORT ?? 3000);
const trustProxy = env.TRUST_PROXY;

const app = next({ dev: false, port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  settleForwardedHeaders(req.headers, req.socket.remoteAddress, trustProxy);
  handle(req, res).catch((error: unknown) => {
    console.error("[framewise] request failed", error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal Server Error");
  });
});
server.listen(port, () => console.log(`[framewise] ready on http://localhost:${port}${trustProxy ? " (trusting the proxy's X-Forwarded-For)" : ""}`));

// Graceful stop, as `next start` does: no new connections, in-flight requests finish, then Next
// closes. Kept-alive connections that finish a request after the signal are closed as they go
// idle; after 10 s whatever is left is cut.
let stopping = false;
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  const deadline = setTimeout(() => server.closeAllConnections(), 10_000);
  server.close(() => {
    clearInterval(idle);
    clearTimeout(deadline);
    void app.close().finally(() => process.exit(code));
  });
  server.closeIdleConnections();
}
process.on("SIGINT", () => stop(130));
process.on("SIGTERM", () => stop(143));
// Started by scripts/start.mts with an IPC channel: if that process dies without a signal reaching
// us (kill -9), the channel closes and we stop too, instead of holding the port as an orphan.
process.on("disconnect", () => stop(143));
