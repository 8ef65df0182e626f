/**
 * Applies prisma/migrations/* in order and records them in `_prisma_migrations` exactly as
 * `prisma migrate deploy` does, so either tool sees the same state. The one migration path: `npm start`,
 * `npm run db:migrate` (scripts/migrate.mts, for deploys) and the test set-up all call it; Prisma's
 * wasm engine would add ~11 s per run. Not for the browser or routes.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// The key `prisma migrate deploy` locks, so this and Prisma's own tool also exclude each other.
const LOCK_KEY = 72707369;

/**
 * Applies the pending migrations; returns their names. Holds a session-level advisory lock
 * throughout, so instances started at the same moment apply each migration once: the second waits,
 * then finds nothing left to do. (PGlite runs every connection in one session, where the lock does
 * not exclude: it has one owner process anyway.)
 */
export async function migrate(connectionString: string, dir = path.resolve("prisma/migrations")): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(TABLE);
    const done = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(done.rows.map((r) => r.migration_name));
    const pending = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !applied.has(e.name))
      .map((e) => e.name)
      .sort();
    for (const name of pending) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed: ${(error as Error).message}`);
      }
    }
    return pending;
  } finally {
    // Ending the session releases the lock too; unlocking first frees it even if `end` is slow.
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
