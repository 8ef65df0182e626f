import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

const shared = globalThis as unknown as { framewisePool?: pg.Pool };

function createPool(): pg.Pool {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set; start the app with `npm start`, which provides one.");
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX, connectionTimeoutMillis: 5_000 });
  // A connection dropped while idle (database restart, network blip) is replaced on next use.
  pool.on("error", (err) => log.warn({ err: err.message }, "database connection lost"));
  return pool;
}

/**
 * The process's one connection pool, created on first use. Prisma runs on it (its pg adapter), and
 * so do the few hot statements in `lib/db/sql.ts`: one set of connections, however a query is sent.
 */
export function pool(): pg.Pool {
  shared.framewisePool ??= createPool();
  return shared.framewisePool;
}
