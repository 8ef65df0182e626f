// `npm run bench:cluster`: the topology of `npm run serve:cluster` (nginx in front of N instances)
// under autocannon: static file and lesson page through nginx (the page from nginx's cache), then
// quiz submits through nginx with 1, 2 and 4 instances, with CPU per request for the instances,
// nginx, PostgreSQL and autocannon. Figures and their reading: docs/cluster-benchmark.md.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { readCatalog } from "../lib/content/read.ts";
import { cpuBetween, sampleBackends, sampleGroups, sampleTree, type CpuSample } from "./bench/cpu.ts";
import { correctSubmission, createOpenAttempts, createUsers, prepareDatabase, storeQuizVersions, type OpenAttempt } from "./bench/database.ts";
import { measure, type LoadOptions, type NextRequest, type Row, type Target } from "./bench/load.ts";
import { table } from "./bench/report.ts";
import { sessionCookies } from "./bench/session.ts";

const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const load: LoadOptions = { connections: int("BENCH_CONNECTIONS", 64), seconds: int("BENCH_SECONDS", 10), warmupSeconds: int("BENCH_WARMUP_SECONDS", 2) };
const port = int("BENCH_PORT", 3780);
// BENCH_SUBMITS=0 measures only the static file, the lesson page and the no-op handler (one cluster,
// the first of BENCH_INSTANCES); BENCH_GZIP=0 skips the rows with `Accept-Encoding: gzip`.
const withSubmits = process.env.BENCH_SUBMITS !== "0";
const withGzip = process.env.BENCH_GZIP !== "0";
const counts = (process.env.BENCH_INSTANCES ?? "1,2,4").split(",").map(Number).slice(0, withSubmits ? undefined : 1);
const log = (message: string) => console.error(`[bench:cluster] ${message}`);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const { catalog } = readCatalog(path.resolve("content"));
const quizzes = catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz));
const lesson = catalog.tracks.find((t) => t.slug === "flask")?.lessons[0] ?? catalog.tracks[0]!.lessons[0]!;
const lessonPath = `/learn/${lesson.track}/${lesson.slug}`;

const loadBefore = os.loadavg()[0]!;
log(`1-minute load average ${loadBefore.toFixed(2)}; preparing the database…`);
let databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) {
  const admin = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/postgres" });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS framewise_bench_cluster WITH (FORCE)`);
  await admin.query(`CREATE DATABASE framewise_bench_cluster`);
  await admin.end();
  databaseUrl = "postgresql://postgres@127.0.0.1:5432/framewise_bench_cluster";
}
databaseUrl = await prepareDatabase(databaseUrl);
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
await storeQuizVersions(client, quizzes);
const secret = randomBytes(48).toString("base64url");
const pools = new Map<number, OpenAttempt[]>();
const users = [];
for (const n of counts) {
  const group = await createUsers(client, `cluster${n}`, int("BENCH_USERS", 1000));
  users.push(...group);
  pools.set(n, await createOpenAttempts(client, group, quizzes, int("BENCH_ATTEMPTS_PER_USER", 8)));
}
const cookies = await sessionCookies(users, secret);

type Cluster = { child: ChildProcess; dir: string; instancePids: number[]; nginxPid: number };

async function startCluster(instances: number): Promise<Cluster> {
  // Outside the private .data directory (0700): nginx's workers, another user, read its cache and temp files.
  const dir = path.join(os.tmpdir(), `framewise-bench-cluster-${instances}`);
  const env = { ...process.env, PORT: String(port), INSTANCES: String(instances), DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `http://127.0.0.1:${port}`, CLUSTER_DIR: dir, FRAMEWISE_DATA_DIR: ".data/bench-cluster", LOG_LEVEL: "warn", REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379" };
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/cluster.mts"], { env, stdio: ["ignore", "pipe", "inherit"], detached: true });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 600_000;
  while (!output.includes("[cluster] ready on")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`serve:cluster did not start:\n${output}`);
    await sleep(250);
  }
  // Wait until every instance is in rotation.
  for (;;) {
    const state = JSON.parse(readFileSync(path.join(dir, "state.json"), "utf8")) as { nginx?: number; instances: { pid: number; state: string }[]; inRotation: number[] };
    if (state.nginx && state.instances.every((i) => i.state === "ready")) return { child, dir, nginxPid: state.nginx, instancePids: state.instances.map((i) => i.pid) };
    await sleep(250);
  }
}

async function stopCluster(cluster: Cluster) {
  const exited = once(cluster.child, "exit");
  cluster.child.kill("SIGTERM");
  await exited;
}

const url = `http://127.0.0.1:${port}`;
const dbName = new URL(databaseUrl).pathname.slice(1);
const rows: (Row & { nginx: number; instances: number })[] = [];

async function run(cluster: Cluster, instances: number, target: Target) {
  const samples: CpuSample[] = [];
  const probe = async () => {
    samples.push(sampleTree(cluster.nginxPid));
    return { app: sampleGroups(cluster.instancePids), db: await sampleBackends(client, dbName) };
  };
  log(`measuring ${target.name}…`);
  const row = await measure(target, load, probe);
  const nginx = cpuBetween(samples.at(-2)!, samples.at(-1)!) / Math.max(1, row.requests);
  rows.push({ ...row, nginx, instances });
}

function submits(pool: OpenAttempt[]): NextRequest {
  let i = 0;
  return () => {
    const attempt = pool[i++];
    if (!attempt) return undefined;
    return { path: `/api/attempts/${attempt.id}/submit`, headers: { "content-type": "application/json", cookie: cookies.get(attempt.user.id)! }, body: correctSubmission(attempt) };
  };
}

try {
  for (const n of counts) {
    log(`starting serve:cluster with ${n} instance(s)…`);
    const cluster = await startCluster(n);
    try {
      if (n === counts[0]) {
        const html = await (await fetch(url + lessonPath)).text();
        const asset = /\/_next\/static\/[^"'?]+\.css/.exec(html)?.[0];
        if (!asset) throw new Error("no CSS asset on the lesson page");
        const cached = (await fetch(url + lessonPath)).headers.get("x-cache-status");
        if (cached !== "HIT") throw new Error(`the lesson page is not served from nginx's cache (X-Cache-Status: ${cached})`);
        await run(cluster, n, { name: "static asset (.css) via nginx", urls: [url], path: asset });
        await run(cluster, n, { name: `lesson page via nginx (cache)`, urls: [url], path: lessonPath });
        if (withGzip) {
          // What browsers send: the compressed variants, each from nginx's cache or disk.
          const gzip = { "accept-encoding": "gzip" };
          const encoded = await fetch(url + lessonPath, { headers: gzip });
          await encoded.arrayBuffer();
          log(`lesson page with Accept-Encoding: gzip: Content-Encoding ${encoded.headers.get("content-encoding")}, X-Cache-Status ${encoded.headers.get("x-cache-status")}`);
          await run(cluster, n, { name: "static asset (.css) via nginx, gzip", urls: [url], path: asset, headers: gzip });
          await run(cluster, n, { name: "lesson page via nginx (cache), gzip", urls: [url], path: lessonPath, headers: gzip });
        }
        await run(cluster, n, { name: "no-op handler /api/ping via nginx", urls: [url], path: "/api/ping" });
      }
      if (withSubmits) await run(cluster, n, { name: `quiz submit via nginx, ${n} instance${n > 1 ? "s" : ""}`, urls: [url], method: "POST", next: submits(pools.get(n)!) });
    } finally {
      await stopCluster(cluster);
    }
  }
} finally {
  await client.end();
}

const cpus = os.cpus();
console.log(`\nFramewise cluster benchmark, ${new Date().toISOString().slice(0, 10)}: ${cpus.length} cores (${cpus[0]?.model.trim()}), Node ${process.version}, nginx in front, PostgreSQL at ${new URL(databaseUrl).host}`);
console.log(`${load.connections} connections, ${load.seconds} s per target after ${load.warmupSeconds} s of warm-up; autocannon, nginx, the instances and PostgreSQL share the machine.`);
console.log(`1-minute load average: ${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after (other work on the machine skews req/s, much less CPU per request).\n`);
console.log(table(rows));
console.log("\n| Target | CPU ms/req: nginx |\n|---|---:|");
for (const r of rows) console.log(`| ${r.name} | ${r.nginx.toFixed(2)} |`);
const find = (prefix: string) => rows.find((r) => r.name.startsWith(prefix));
const [staticRow, lessonRow] = [find("static asset"), find("lesson page")];
if (staticRow && lessonRow) console.log(`\n- lesson page / static asset through nginx: **${(lessonRow.rps / staticRow.rps).toFixed(2)}** (target ≥ 0.8)`);
const [staticGzip, lessonGzip] = [find("static asset (.css) via nginx, gzip"), find("lesson page via nginx (cache), gzip")];
if (staticGzip && lessonGzip) console.log(`- the same with Accept-Encoding: gzip: **${(lessonGzip.rps / staticGzip.rps).toFixed(2)}**`);
for (const r of rows.filter((x) => x.name.startsWith("quiz submit"))) {
  const perSubmit = r.cpu.app + r.cpu.db + r.nginx + r.cpu.load;
  console.log(`- ${r.instances} instance(s): ${r.rps.toFixed(0)} submits/s; CPU per submit ${perSubmit.toFixed(1)} ms (app ${r.cpu.app.toFixed(1)}, PostgreSQL ${r.cpu.db.toFixed(1)}, nginx ${r.nginx.toFixed(2)}, autocannon ${r.cpu.load.toFixed(2)}) → ${cpus.length} cores top out near ${Math.round((cpus.length * 1000) / perSubmit)}/s`);
}
