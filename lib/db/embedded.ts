/**
 * An embedded PostgreSQL (PGlite, WebAssembly) for a newcomer's machine and local tests;
 * production sets DATABASE_URL. It is served over a Unix socket, so the app and Prisma use the
 * ordinary `pg` driver. pglite-socket cannot authenticate (it answers every user and password), so
 * access is the file system's: the socket lives in a directory only its owner may enter (0700),
 * and no TCP port is opened. The data directory is 0700 and its files 0600.
 */
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
  /** Closes the socket and its connections, keeping the data: a database outage, for tests. */
  suspend: () => Promise<void>;
  /** Listens again on the same socket. */
  resume: () => Promise<void>;
  /** Refreshes the planner's statistics: PGlite has no autovacuum to do it. */
  analyze: () => Promise<void>;
};

// PostgreSQL's socket file name for a port; `pg` builds the same name from `host=<dir>` and the port.
const SOCKET_FILE = ".s.PGSQL.5432";

/** A directory only its owner may enter, created if missing and tightened if it exists. */
function privateDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** Directories 0700 and files 0600 below `dir`: PGlite unpacks its initial files world-writable. */
export function restrictTree(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) restrictTree(full);
    else if (entry.isFile()) chmodSync(full, 0o600);
  }
}

export type EmbeddedOptions = {
  /** Where the socket lives; default: a fresh private directory under the OS temp dir, removed at stop. */
  socketDir?: string;
};

/** Opens (or creates) the database in `dataDir`; in memory when `dataDir` is undefined. */
export async function startEmbeddedDatabase(dataDir?: string, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  if (dataDir) privateDirectory(dataDir);
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  if (dataDir) restrictTree(dataDir);

  const ownSocketDir = !options.socketDir;
  const socketDir = path.resolve(options.socketDir ?? mkdtempSync(path.join(tmpdir(), "framewise-pg-")));
  privateDirectory(socketDir);
  const socketPath = path.join(socketDir, SOCKET_FILE);
  // Unix socket paths are limited to about 100 bytes.
  if (Buffer.byteLength(socketPath) > 100) throw new Error(`The socket path ${socketPath} is too long; use a shorter FRAMEWISE_DATA_DIR.`);

  // Several pool connections share PGlite's one session; more than one must be allowed to connect.
  const listen = async () => {
    rmSync(socketPath, { force: true }); // left behind by a killed process
    const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 20 });
    await server.start();
    return server;
  };
  let server: PGLiteSocketServer | undefined = await listen();
  return {
    url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`,
    stop: async () => {
      await server?.stop();
      server = undefined;
      await db.close();
      if (ownSocketDir) rmSync(socketDir, { recursive: true, force: true });
    },
    suspend: async () => {
      await server?.stop();
      server = undefined;
    },
    resume: async () => {
      server ??= await listen();
    },
    analyze: async () => {
      await db.exec("ANALYZE");
    },
  };
}
