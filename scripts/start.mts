// `npm start`: embedded database when DATABASE_URL is unset, migrations, content check,
// a production build when the sources changed since the last one, then serves it on PORT through
// scripts/serve.mts (Next's request handler behind our own HTTP edge).
// `npm run dev` does the same with `next dev` and no build.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded.ts";
import { migrate } from "../lib/db/migrate.ts";
import { buildIsCurrent } from "./build-stamp.mts";

const dev = process.argv.includes("--dev");
const dataDir = path.resolve(process.env.FRAMEWISE_DATA_DIR ?? ".data");
const port = process.env.PORT ?? "3000";
// The session secret and the embedded database live here: for this OS user only.
mkdirSync(dataDir, { recursive: true, mode: 0o700 });
chmodSync(dataDir, 0o700);
const log = (message: string) => console.log(`[framewise] ${message}`);

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
process.env.NEXTAUTH_SECRET ??= persistentSecret(path.join(dataDir, "nextauth-secret"));

let embedded: EmbeddedDatabase | undefined;
const databaseUrlFile = path.join(dataDir, "database-url");
if (!process.env.DATABASE_URL) {
  // Tests ask for a throwaway in-memory database.
  const ephemeral = process.env.FRAMEWISE_EPHEMERAL_DB === "1";
  embedded = await startEmbeddedDatabase(ephemeral ? undefined : path.join(dataDir, "pglite"), { socketDir: path.join(dataDir, "run") });
  process.env.DATABASE_URL = embedded.url;
  // For `npm run admin:grant`, psql and tests while the app runs; readable by this OS user only.
  writeFileSync(databaseUrlFile, embedded.url, { mode: 0o600 });
  // PGlite runs one query at a time in one session; one pooled connection keeps transactions whole.
  process.env.DATABASE_POOL_MAX = "1";
  log(ephemeral ? "embedded PostgreSQL (PGlite) in memory" : `embedded PostgreSQL (PGlite) in ${path.relative(process.cwd(), dataDir)}/pglite`);
}

const applied = await migrate(process.env.DATABASE_URL);
log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
// Without statistics the planner guesses row counts, and the dashboard's statement can go from a few
// index lookups to scans of whole tables; a server's autovacuum keeps them, PGlite has none.
await embedded?.analyze();

run("npm", ["run", "--silent", "content:check"]);
if (!dev) buildIfChanged();
// `npm run serve:cluster` prepares once this way, then starts its instances itself.
if (process.argv.includes("--prepare-only")) process.exit(0);

// Production goes through our own edge (scripts/serve.mts), which settles the client's address;
// `next dev` keeps Next's own server, whose X-Forwarded-For a client can write (development only).
const next = dev
  ? spawn(path.resolve("node_modules/.bin/next"), ["dev", "-p", port], { stdio: "inherit", env: process.env })
  : spawn(process.execPath, ["--import", "tsx", "scripts/serve.mts"], { stdio: ["inherit", "inherit", "inherit", "ipc"], env: { ...process.env, NODE_ENV: "production", PORT: port } });
log(`serving on http://localhost:${port}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", async (code, signal) => {
  if (embedded) rmSync(databaseUrlFile, { force: true });
  await embedded?.stop();
  process.exit(code ?? (signal ? 0 : 1));
});

function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  log(`created a session secret in ${path.relative(process.cwd(), file)}`);
  return secret;
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`[framewise] \`${command} ${args.join(" ")}\` failed`);
    process.exit(result.status ?? 1);
  }
}

/** Rebuilds when any input of the build differs from the one the current .next was built from. */
function buildIfChanged() {
  if (buildIsCurrent()) return;
  log("building the app (first start, or sources changed)…");
  run("npm", ["run", "--silent", "build"]); // its last step records the sources (scripts/build-stamp.mts)
}
