// `npm run serve:cluster`: nginx on PORT in front of INSTANCES app instances (default 2) on internal
// ports, all on one PostgreSQL (DATABASE_URL or the machine's) and Redis (REDIS_URL or the machine's).
// Instances that fail readiness leave nginx's rotation and come back when ready; a dead one is
// restarted. Ctrl-C or SIGTERM: nginx stops accepting and drains, then the instances drain and stop.
// See deploy/README.md.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Refusal, redact, resolveDatabase, resolveRedis } from "./cluster/environment.ts";
import { Instance } from "./cluster/instances.ts";
import { findNginx, Nginx, precompressStatic, type Upstream } from "./cluster/nginx.ts";

const say = (message: string) => console.log(`[cluster] ${message}`);
const fail = (message: string): never => {
  console.error(`[cluster] ${message}`);
  process.exit(1);
};

const port = Number(process.env.PORT ?? 3000);
const count = Number(process.env.INSTANCES ?? 2);
const firstInstancePort = Number(process.env.INSTANCE_PORT ?? port + 1);
if (!Number.isInteger(count) || count < 1 || count > 32) fail(`INSTANCES must be a whole number from 1 to 32, not "${process.env.INSTANCES}"`);
const dataDir = path.resolve(process.env.FRAMEWISE_DATA_DIR ?? ".data");
// Not under the data directory: that one is private (0700), and nginx's workers (nobody, when started
// as root) must reach their cache and temp directories here.
const runtime = path.resolve(process.env.CLUSTER_DIR ?? path.join(tmpdir(), `framewise-cluster-${port}`));
mkdirSync(runtime, { recursive: true });

const nginxBinary = findNginx() ?? fail("nginx is not installed: `apt-get install nginx` (Debian), or set NGINX_PATH.");

let databaseUrl: string;
let redisUrl: string | undefined;
try {
  databaseUrl = await resolveDatabase(process.env);
  redisUrl = await resolveRedis(process.env);
} catch (error) {
  if (error instanceof Refusal) fail(error.message);
  throw error;
}
say(`PostgreSQL: ${redact(databaseUrl)}`);
say(redisUrl ? `Redis: ${redact(redisUrl)}` : "Redis: none (set REDIS_URL): each instance keeps its own rate limits, so limits are per instance");

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  DATABASE_URL: databaseUrl,
  FRAMEWISE_DATA_DIR: dataDir,
  // Every instance must sign and read the same session cookies.
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(path.join(dataDir, "nextauth-secret")),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  // nginx overwrites X-Forwarded-For with the client's address; the app takes the proxy's entry.
  TRUST_PROXY: "1",
};
if (redisUrl) env.REDIS_URL = redisUrl;
else delete env.REDIS_URL;
delete env.FRAMEWISE_EPHEMERAL_DB;

// Migrations, the content check and a build when the sources changed: once, before any instance.
say("preparing: migrations, content check, build when the sources changed…");
const prepared = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.mts", "--prepare-only"], { stdio: "inherit", env: { ...env, PORT: String(port) } });
if (prepared.status !== 0) fail("preparing failed (see above)");

const instances = Array.from({ length: count }, (_, i) => new Instance(firstInstancePort + i, env, path.join(runtime, `app-${firstInstancePort + i}.log`), say));
const template = readFileSync(path.resolve("deploy/nginx.conf"), "utf8");
const nginx = new Nginx(nginxBinary, template, {
  port,
  runtime,
  staticDir: path.resolve(".next/static"),
  deployDir: path.resolve("deploy"),
  buildId: readFileSync(".next/BUILD_ID", "utf8").trim(),
  workers: process.env.NGINX_WORKERS ? Number(process.env.NGINX_WORKERS) : undefined,
});

let stopping = false;
async function stopAll(reason: string, code: number) {
  if (stopping) return;
  stopping = true;
  say(`${reason}: draining nginx, then the instances…`);
  await nginx.stop();
  await Promise.all(instances.map((i) => i.stop()));
  say("stopped");
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stopAll(signal, 0));

for (const instance of instances) instance.start();
writeState();
say(`starting ${count} instance${count > 1 ? "s" : ""} on ports ${instances.map((i) => i.port).join(", ")} (logs in ${path.relative(process.cwd(), runtime)}/)`);
const deadline = Date.now() + 120_000;
while (!stopping) {
  const states = await Promise.all(instances.map((i) => i.probe()));
  if (states.some((s) => s === "ready")) break;
  if (Date.now() > deadline) await stopAll("no instance became ready within 2 minutes", 1);
  await sleep(250);
}

/** In rotation: the ready instances; when none is ready, all of them, so learners get the app's calm answers. */
function upstreams(): Upstream[] {
  const anyReady = instances.some((i) => i.state === "ready");
  return instances.map((i) => ({ port: i.port, down: anyReady && i.state !== "ready" }));
}
const key = (u: Upstream[]) => u.map((x) => `${x.port}${x.down ? "-" : "+"}`).join(",");

const compressed = precompressStatic(path.resolve(".next/static"));
if (compressed) say(`precompressed ${compressed} static files for gzip_static`);
try {
  await nginx.start(upstreams());
} catch (error) {
  console.error(`[cluster] ${(error as Error).message}`);
  await stopAll("nginx did not start", 1);
}
nginx.onExit = (code, signal) => void stopAll(`nginx exited (${signal ?? `code ${code}`})`, 1);
let current = key(upstreams());
writeState();
say(`ready on http://localhost:${port} (nginx ${nginx.pid}; in rotation: ${describe()})`);

// Readiness loop: an instance that lost its database leaves the rotation; a restarted one rejoins.
while (!stopping) {
  await sleep(Number(process.env.CLUSTER_PROBE_MS ?? 1_000));
  await Promise.all(instances.map((i) => i.probe()));
  const next = upstreams();
  if (key(next) !== current && !stopping) {
    current = key(next);
    nginx.reload(next);
    say(`in rotation: ${describe()}`);
  }
  writeState();
}

function describe(): string {
  return instances.map((i) => `:${i.port} ${i.state}`).join(", ");
}

/** For operators and tests: which process serves which port, and whether it is in rotation. */
function writeState() {
  const state = { port, nginx: nginx.pid, instances: instances.map((i) => ({ port: i.port, pid: i.pid, state: i.state })), inRotation: upstreams().filter((u) => !u.down).map((u) => u.port) };
  // Written whole, then renamed: a reader never sees half a file.
  writeFileSync(path.join(runtime, "state.json.tmp"), JSON.stringify(state, null, 2));
  renameSync(path.join(runtime, "state.json.tmp"), path.join(runtime, "state.json"));
}

function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
