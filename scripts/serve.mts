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

// Graceful stop, as `next start` does: no new connections, in-flight requests finish, then Next closes.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143)));
    server.closeIdleConnections();
  });
