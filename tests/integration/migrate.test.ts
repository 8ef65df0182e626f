import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test } from "vitest";
import { migrate } from "@/lib/db/migrate";

// Needs a PostgreSQL server to create a fresh database on (CI sets TEST_DATABASE_URL); the embedded
// PGlite runs every connection in one session, where advisory locks cannot exclude anyone.
const server = process.env.TEST_DATABASE_URL;

test.skipIf(!server)("two migrators started at the same moment on a fresh database apply each migration once", async () => {
  const name = `fw_migrate_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server!);
  url.pathname = `/${name}`;
  try {
    const [first, second] = await Promise.all([migrate(url.toString()), migrate(url.toString())]);
    const all = readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    // One of them applied everything, the other found nothing left to do.
    expect([first, second].sort((a, b) => a.length - b.length)).toEqual([[], all]);
    const check = new pg.Client({ connectionString: url.toString() });
    await check.connect();
    const { rows } = await check.query<{ migration_name: string; n: string }>(`SELECT migration_name, count(*) AS n FROM "_prisma_migrations" GROUP BY 1 ORDER BY 1`);
    await check.end();
    expect(rows.map((r) => [r.migration_name, Number(r.n)])).toEqual(all.map((m) => [m, 1]));
  } finally {
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();
  }
});
