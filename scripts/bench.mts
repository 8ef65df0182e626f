// `npm run bench`: autocannon against production builds of the app on this machine, all in one
// run so the ratios hold. See docs/performance.md "Benchmarks and scaling" for what it measures and why.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { readCatalog } from "../lib/content/read.ts";
import { correctSubmission, createOpenAttempts, createUsers, prepareDatabase, storeQuizVersions, type BenchUser, type OpenAttempt } from "./bench/database.ts";
import { sampleBackends, sampleGroups } from "./bench/cpu.ts";
import { measure, type CpuProbe, type LoadOptions, type NextRequest, type Row, type Target } from "./bench/load.ts";
import { cpuRatio, cpuRatioLines, nonSuccessLines, ratio, ratioLines, table } from "./bench/report.ts";
import { freePort, startInstance, type Instance } from "./bench/server.ts";
import { checkSharedState } from "./bench/shared-state.ts";
import { sessionCookies } from "./bench/session.ts";

const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const load: LoadOptions = { connections: int("BENCH_CONNECTIONS", 64), seconds: int("BENCH_SECONDS", 10), warmupSeconds: int("BENCH_WARMUP_SECONDS", 2) };
const USERS_PER_POOL = int("BENCH_USERS", 1000);
const ATTEMPTS_PER_USER = int("BENCH_ATTEMPTS_PER_USER", 25);
const log = (message: string) => console.error(`[bench] ${message}`);

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const { catalog, problems } = readCatalog(path.resolve("content"));
if (problems.length) throw new Error(`content/ has problems; run npm run content:check`);
const lessons = catalog.tracks.flatMap((t) => t.lessons);
const quizzes = lessons.map((l) => l.quiz);
const lesson = catalog.tracks.find((t) => t.slug === "flask")?.lessons[0] ?? lessons[0]!;

const loadBefore = os.loadavg()[0]!;
if (loadBefore > 0.5) log(`the machine is busy (1-minute load average ${loadBefore.toFixed(2)}); figures will be lower than on an idle machine`);
log("preparing the database…");
const databaseUrl = await prepareDatabase();
const secret = randomBytes(48).toString("base64url");
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
await storeQuizVersions(client, quizzes);
// Separate users per phase, so no user comes near a per-user rate limit (about 60 a minute).
const starters = await createUsers(client, "start", USERS_PER_POOL);
const submitters = await createUsers(client, "submit", USERS_PER_POOL);
const scaleOut = await createUsers(client, "scale", USERS_PER_POOL);
const referenceUsers = await createUsers(client, "ref", USERS_PER_POOL);
const submitPool = await createOpenAttempts(client, submitters, quizzes, ATTEMPTS_PER_USER);
const scaleOutPool = await createOpenAttempts(client, scaleOut, quizzes, ATTEMPTS_PER_USER);
const referencePool = await createOpenAttempts(client, referenceUsers, quizzes, ATTEMPTS_PER_USER);
const cookies = await sessionCookies([...starters, ...submitters, ...scaleOut, ...referenceUsers], secret);
const cookieOf = (user: BenchUser) => cookies.get(user.id)!;
log(`${4 * USERS_PER_POOL} users, ${submitPool.length + scaleOutPool.length + referencePool.length} open attempts, database ${databaseUrl}`);

const instances: Instance[] = [];
const ports: number[] = [];
async function launch(): Promise<Instance> {
  const port = await freePort(int("BENCH_PORT", 3700), ports);
  ports.push(port);
  const env = {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    FRAMEWISE_DATA_DIR: ".data/bench",
  };
  log(`starting an app instance on port ${port} (builds first if the sources changed)…`);
  const instance = await startInstance(port, env, path.resolve(".data/bench"));
  instances.push(instance);
  return instance;
}
const stopAll = () => Promise.all(instances.map((i) => i.stop()));
const localDb = ["127.0.0.1", "localhost"].includes(new URL(databaseUrl).hostname);
const databaseName = new URL(databaseUrl).pathname.slice(1);
const probe: CpuProbe = async () => ({
  app: sampleGroups(instances.map((i) => i.group)),
  db: localDb ? await sampleBackends(client, databaseName) : new Map(),
});
process.on("SIGINT", () => void stopAll().then(() => process.exit(130)));

// Request sources -------------------------------------------------------------------------------
const json = { "content-type": "application/json" };
function submits(pool: OpenAttempt[]): NextRequest {
  let i = 0;
  return () => {
    const attempt = pool[i++];
    if (!attempt) return undefined;
    return { path: `/api/attempts/${attempt.id}/submit`, headers: { ...json, cookie: cookieOf(attempt.user) }, body: correctSubmission(attempt) };
  };
}
/** Request k starts quiz ⌊k/U⌋ for user k mod U: every request is a new attempt until U×Q of them. */
function starts(): NextRequest {
  let k = 0;
  return () => {
    const user = starters[k % starters.length]!;
    const quiz = quizzes[Math.floor(k / starters.length) % quizzes.length]!;
    k++;
    return { path: `/api/quizzes/${quiz.id}/attempts`, headers: { cookie: cookieOf(user) } };
  };
}
/** The authenticated no-op: a session check and nothing else, for each of the starters in turn. */
function me(): NextRequest {
  let k = 0;
  return () => ({ path: "/api/me", headers: { cookie: cookieOf(starters[k++ % starters.length]!) } });
}
function dashboards(): NextRequest {
  let k = 0;
  return () => ({ path: "/dashboard", headers: { cookie: cookieOf(submitters[k++ % submitters.length]!) } });
}

/** One request of each kind before measuring, so a broken target fails loudly instead of fast. */
async function check(url: string, target: Target, expect: (status: number, body: string) => boolean) {
  const request = target.next ? target.next() : { path: target.path!, headers: {}, body: undefined };
  if (!request) throw new Error(`${target.name}: its prepared requests ran out before it was measured; raise BENCH_ATTEMPTS_PER_USER`);
  const response = await fetch(url + request.path, { method: target.method ?? "GET", headers: { ...target.headers, ...request.headers }, body: request.body, redirect: "manual" });
  const body = await response.text();
  if (!expect(response.status, body)) throw new Error(`${target.name}: unexpected ${response.status} from ${request.path}: ${body.slice(0, 300)}`);
}

const rows: Row[] = [];
/** Thrown to end a BENCH_ONLY run after its targets. */
class Partial extends Error {}
let sharedState = "";
try {
  const one = await launch();
  const lessonPath = `/learn/${lesson.track}/${lesson.slug}`;
  const lessonHtml = await (await fetch(one.url + lessonPath)).text();
  const asset = /\/_next\/static\/[^"'?]+\.css/.exec(lessonHtml)?.[0] ?? /\/_next\/static\/[^"'?]+\.js/.exec(lessonHtml)?.[0];
  if (!asset) throw new Error("no /_next/static asset referenced by the lesson page");

  const urls = [one.url];
  const submitSource = submits(submitPool);
  const targets: [Target, (status: number, body: string) => boolean][] = [
    [{ name: `static asset (${path.extname(asset)})`, urls, path: asset }, (s) => s === 200],
    [{ name: "no-op handler GET /api/ping", urls, path: "/api/ping" }, (s, b) => s === 200 && b.includes('"ok":true')],
    [{ name: "authenticated no-op GET /api/me", urls, next: me() }, (s, b) => s === 200 && b.includes('"user"')],
    [{ name: `lesson page ${lessonPath}`, urls, path: lessonPath }, (s, b) => s === 200 && b.includes(lesson.title)],
    [{ name: "catalog page /", urls, path: "/" }, (s, b) => s === 200 && b.includes("Tracks")],
    [{ name: "quiz start POST …/attempts", urls, method: "POST", next: starts() }, (s) => s === 201],
    [{ name: "quiz submit POST …/submit", urls, method: "POST", next: submitSource }, (s, b) => s === 200 && b.includes('"passed":true')],
    [{ name: "quiz submit, 4 connections", urls, method: "POST", next: submitSource, connections: 4 }, (s) => s === 200],
    [{ name: "dashboard /dashboard", urls, next: dashboards() }, (s, b) => s === 200 && b.includes("Welcome back")],
  ];
  // BENCH_ONLY=ping,start,submit measures only the targets whose names contain one of the words
  // (the no-op handler always), and skips the reference and two-instance phases: for quick comparisons.
  const only = process.env.BENCH_ONLY?.split(",").filter(Boolean);
  const wanted = (name: string) => !only || name.startsWith("no-op handler GET") || only.some((word) => name.includes(word));
  for (const [target, expect] of targets.filter(([t]) => wanted(t.name))) {
    // Fresh planner statistics before each target, as autovacuum keeps them in production: this
    // database grows by thousands of rows per phase, and a PostgreSQL with autovacuum off (this
    // machine's) would otherwise plan on none and measure plans no deployment runs.
    await client.query("ANALYZE");
    await check(one.url, target, expect);
    log(`measuring ${target.name}…`);
    rows.push(await measure(target, load, probe));
  }

  if (only) throw new Partial();
  // The floor for submit: the same transaction with pg and node:http, outside Next and Prisma.
  const referencePort = await freePort(int("BENCH_PORT", 3700) + 100, ports);
  log(`starting the reference submit server (pg only) on port ${referencePort}…`);
  const reference = await startInstance(referencePort, { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret }, path.resolve(".data/bench"), "scripts/bench/reference-submit.mts");
  instances.push(reference);
  const referenceTarget: Target = { name: "reference submit, pg only (no Next, no Prisma)", urls: [reference.url], method: "POST", next: submits(referencePool) };
  await check(reference.url, referenceTarget, (s, b) => s === 200 && b.includes('"passed":true'));
  log(`measuring ${referenceTarget.name}…`);
  rows.push(await measure(referenceTarget, load, probe));
  await reference.stop();
  instances.splice(instances.indexOf(reference), 1);

  const two = await launch();
  const both = [one.url, two.url];
  for (const url of both) await check(url, { name: "ping", urls: [url], path: "/api/ping" }, (s) => s === 200);
  const probeAttempt = scaleOutPool.pop()!;
  sharedState = await checkSharedState([one.url, two.url], probeAttempt, cookieOf(probeAttempt.user));
  log("measuring the no-op handler and submit on two instances…");
  rows.push(await measure({ name: "no-op handler, 2 instances", urls: both, path: "/api/ping" }, load, probe));
  rows.push(await measure({ name: "quiz submit, 2 instances", urls: both, method: "POST", next: submits(scaleOutPool) }, load, probe));
} catch (error) {
  if (!(error instanceof Partial)) throw error;
} finally {
  await stopAll();
  await client.end();
}
if (process.env.BENCH_ONLY) {
  const floor = rows.find((r) => r.name.startsWith("no-op handler GET"))!;
  console.log(`\n${table(rows)}\n\nApp CPU per request against the no-op handler (1-minute load average before: ${loadBefore.toFixed(2)}, after: ${os.loadavg()[0]!.toFixed(2)}):`);
  console.log(cpuRatioLines(rows.filter((r) => r !== floor).map((r) => cpuRatio(r.name, r, floor, /submit|start/.test(r.name) ? 2.5 : r.name.includes("dashboard") ? 6 : 1))));
  process.exit(0);
}

const row = (prefix: string) => rows.find((r) => r.name.startsWith(prefix))!;
const [staticAsset, ping, lessonRow, submit] = [row("static asset"), row("no-op handler GET"), row("lesson page"), row("quiz submit POST")];
const [start, dashboard, catalogRow] = [row("quiz start"), row("dashboard"), row("catalog page")];
const submitTwo = row("quiz submit, 2 instances");
const referenceSubmit = row("reference submit");
const authed = row("authenticated no-op");
const cpu = os.cpus();
const cpuPerSubmit = submit.cpu.app + submit.cpu.db + submit.cpu.load;
console.log(`\nFramewise benchmark, ${new Date().toISOString().slice(0, 10)}: ${cpu.length} cores (${cpu[0]?.model.trim()}), Node ${process.version}, PostgreSQL at ${new URL(databaseUrl).host}`);
console.log(`${load.connections} connections, ${load.seconds} s per target after ${load.warmupSeconds} s of warm-up; load generator, app and PostgreSQL share the machine.`);
console.log(`1-minute load average before the run: ${loadBefore.toFixed(2)} (other work on the machine skews every figure).\n`);
console.log(table(rows));
console.log("\nApp CPU per request against the no-op handler (the floor Next sets; issue #15's goals):");
console.log(cpuRatioLines([
  cpuRatio("quiz submit", submit, ping, 2.5),
  cpuRatio("quiz start", start, ping, 2.5),
  cpuRatio("dashboard page", dashboard, ping, 6),
  cpuRatio("lesson page", lessonRow, ping, 1.0),
  cpuRatio("catalog page", catalogRow, ping, 1.0),
]));
const unexplained = nonSuccessLines(rows);
console.log(unexplained.length ? `\nNon-2xx responses and errors (see .data/bench/app-*.log):\n${unexplained.map((l) => `- ${l}`).join("\n")}` : "\nEvery response was 2xx.");
console.log("\n" + ratioLines(
  [ratio("lesson page / static asset", lessonRow, staticAsset, 0.8), ratio("submit / no-op handler", submit, ping, 0.5)],
  [
    `submit p99: ${submit.p99.toFixed(1)} ms (target < 50 ms) ${submit.p99 < 50 ? "met" : "MISSED"}`,
    `submit vs the pg-only reference: ${(submit.cpu.app / Math.max(referenceSubmit.cpu.app, 1e-9)).toFixed(2)}× its app CPU (${submit.cpu.app.toFixed(2)} vs ${referenceSubmit.cpu.app.toFixed(2)} ms), ${(submit.cpu.db / Math.max(referenceSubmit.cpu.db, 1e-9)).toFixed(2)}× its PostgreSQL CPU`,
    `submit, 2 instances / 1 instance: ${(submitTwo.rps / submit.rps).toFixed(2)}×`,
    `CPU per submit (app + PostgreSQL + autocannon): ${cpuPerSubmit.toFixed(1)} ms, so ${cpu.length} cores top out near ${Math.round((cpu.length * 1000) / cpuPerSubmit)} submits/s however many instances run`,
    `shared state across the two instances: ${sharedState}`,
    `session check (authenticated no-op − unauthenticated no-op): ${(authed.cpu.app - ping.cpu.app).toFixed(2)} ms app CPU and ${(authed.cpu.db - ping.cpu.db).toFixed(2)} ms PostgreSQL CPU per request (${authed.cpu.app.toFixed(2)} vs ${ping.cpu.app.toFixed(2)} ms app)`,
  ],
));
