/**
 * An embedded PostgreSQL (PGlite, WebAssembly) served over TCP, so the app and Prisma use the
 * ordinary `pg` driver. For a newcomer's machine and local tests; production sets DATABASE_URL.
 */
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { createServer } from "node:net";

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
  /** Closes the TCP listener and its connections, keeping the data: a database outage, for tests. */
  suspend: () => Promise<void>;
  /** Listens again on the same port. */
  resume: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Opens (or creates) the database in `dataDir`; in memory when `dataDir` is undefined. */
export async function startEmbeddedDatabase(dataDir?: string): Promise<EmbeddedDatabase> {
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const port = await freePort();
  // Several pool connections share PGlite's one session; more than one must be allowed to connect.
  const listen = async () => {
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 20 });
    await server.start();
    return server;
  };
  let server: PGLiteSocketServer | undefined = await listen();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server?.stop();
      await db.close();
    },
    suspend: async () => {
      await server?.stop();
      server = undefined;
    },
    resume: async () => {
      server ??= await listen();
    },
  };
}
