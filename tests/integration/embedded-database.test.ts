import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";

// The embedded database refuses everyone but its owner: no TCP port, a Unix socket in a 0700
// directory, data directories 0700 and files 0600 (PGlite unpacks its initial files as 0666).
const root = mkdtempSync(path.join(tmpdir(), "fw-embedded-test-"));
const dataDir = path.join(root, "data", "pglite");
const socketDir = path.join(root, "data", "run");
let database: EmbeddedDatabase;

beforeAll(async () => {
  database = await startEmbeddedDatabase(dataDir, { socketDir });
});
afterAll(async () => {
  await database?.stop();
  rmSync(root, { recursive: true, force: true });
});

const modes = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).map((e) => `${(statSync(path.join(e.parentPath, e.name)).mode & 0o777).toString(8)} ${e.isDirectory() ? "d" : "f"}`);

test("data directories are 0700 and data files 0600, also for files written later", async () => {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query("CREATE TABLE IF NOT EXISTS later (id int PRIMARY KEY, body text); INSERT INTO later SELECT g, repeat('x', 200) FROM generate_series(1, 2000) g ON CONFLICT DO NOTHING; CHECKPOINT");
  await client.end();
  const seen = new Set(modes(dataDir));
  expect(seen).toEqual(new Set(["700 d", "600 f"]));
  expect((statSync(dataDir).mode & 0o777).toString(8)).toBe("700");
  expect((statSync(socketDir).mode & 0o777).toString(8)).toBe("700");
});

test("the URL names the socket directory, not a TCP host and port", () => {
  const url = new URL(database.url);
  expect(url.port).toBe("");
  expect(url.searchParams.get("host")).toBe(socketDir);
});

// Connecting as another OS user needs root to switch users (CI runs as root here).
const isRoot = process.getuid?.() === 0;
const connectAs = (uid: number): string =>
  spawnSync(
    "setpriv",
    [`--reuid=${uid}`, `--regid=${uid}`, "--clear-groups", process.execPath, "-e",
      `require("net").connect(${JSON.stringify(path.join(socketDir, ".s.PGSQL.5432"))}).on("connect", () => { console.log("connected"); process.exit(0); }).on("error", (e) => { console.log(e.code); process.exit(0); })`],
    { encoding: "utf8" },
  ).stdout.trim();

test.skipIf(!isRoot)("another OS user cannot connect, and it is the directory's mode that stops them", () => {
  const nobody = 65534;
  expect(connectAs(nobody)).toBe("EACCES");
  // The control: opened up, the same user gets through, so the refusal above is the 0700 at work.
  const dirs = [root, path.join(root, "data"), socketDir];
  for (const dir of dirs) chmodSync(dir, 0o755);
  chmodSync(path.join(socketDir, ".s.PGSQL.5432"), 0o777);
  try {
    expect(connectAs(nobody)).toBe("connected");
  } finally {
    for (const dir of dirs) chmodSync(dir, 0o700);
  }
  expect(connectAs(nobody)).toBe("EACCES");
});
