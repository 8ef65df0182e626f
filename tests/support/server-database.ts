// The test server's database, for tests that must act on it directly (delete a user, grant admin):
// TEST_DATABASE_URL, or the embedded database whose URL `npm start` writes into its data directory.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const serverDatabaseUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? readFileSync(path.resolve(".data/test/database-url"), "utf8").trim(); // FRAMEWISE_DATA_DIR in playwright.config.ts

export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Runs `npm run admin:grant` the way an operator would, against the test server's database. */
export function grantAdmin(email: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/grant-admin.mts", email], {
    env: { ...process.env, DATABASE_URL: serverDatabaseUrl() },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
