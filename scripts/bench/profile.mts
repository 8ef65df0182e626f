// `npm run bench:profile -- <ping|me|lesson|catalog|start|submit|dashboard> [...]`: one app instance under `node --cpu-prof`
// (scripts/bench/profiled-serve.mts; run `npm run build` first),
// autocannon on one target, then the instance stops (writing its .cpuprofile) and the top frames by
// self and total time are printed (scripts/bench/cpuprofile.ts). Profiles stay in .data/profile/.
// Same database set-up and session cookies as `npm run bench`; BENCH_* knobs as there.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import pg from "pg";
import { readCatalog } from "../../lib/content/read.ts";
import { summarise } from "./cpuprofile.ts";
import { correctSubmission, createOpenAttempts, createUsers, prepareDatabase, storeQuizVersions } from "./database.ts";
import { sampleGroups } from "./cpu.ts";
import { measure, type NextRequest, type Target } from "./load.ts";
import { freePort, startInstance } from "./server.ts";
import { sessionCookies } from "./session.ts";

const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const targets = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const kinds = ["ping", "me", "lesson", "catalog", "start", "submit", "dashboard"];
if (!targets.length || targets.some((t) => !kinds.includes(t))) throw new Error(`usage: bench:profile -- <${kinds.join("|")}> ...`);
const seconds = int("BENCH_SECONDS", 10);
const connections = int("BENCH_CONNECTIONS", 64);
const users = int("BENCH_USERS", 1000);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const { catalog } = readCatalog(path.resolve("content"));
const quizzes = catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz));
// The prerendered pages `npm run bench` measures: a lesson (flask's first) and the catalog.
const lesson = catalog.tracks.find((t) => t.slug === "flask")?.lessons[0] ?? catalog.tracks[0]!.lessons[0]!;
const pages: Record<string, string> = { lesson: `/learn/${lesson.track}/${lesson.slug}`, catalog: "/" };
const databaseUrl = await prepareDatabase();
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
await storeQuizVersions(client, quizzes);
const secret = randomBytes(48).toString("base64url");

for (const name of targets) {
  const people = await createUsers(client, `prof-${name}`, users);
  const cookies = await sessionCookies(people, secret);
  // Dashboard users are set up as `npm run bench`'s submitters: open attempts, none submitted yet.
  const pool = name === "submit" || name === "dashboard" ? await createOpenAttempts(client, people, quizzes, int("BENCH_ATTEMPTS_PER_USER", 25)) : [];
  let k = 0;
  const next: NextRequest = () => {
    const i = k++;
    if (name === "ping") return { path: "/api/ping" };
    if (pages[name]) return { path: pages[name] };
    const user = people[i % people.length]!;
    const headers: Record<string, string> = { cookie: cookies.get(user.id)! };
    if (name === "dashboard") return { path: "/dashboard", headers };
    if (name === "me") return { path: "/api/me", headers }; // the authenticated no-op: the session check alone
    if (name === "start") return { path: `/api/quizzes/${quizzes[Math.floor(i / people.length) % quizzes.length]!.id}/attempts`, headers };
    const attempt = pool[i];
    if (!attempt) return undefined;
    return { path: `/api/attempts/${attempt.id}/submit`, headers: { "content-type": "application/json", cookie: cookies.get(attempt.user.id)! }, body: correctSubmission(attempt) };
  };

  const dir = path.resolve(".data/profile", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const port = await freePort(int("BENCH_PORT", 3700));
  const instance = await startInstance(
    port,
    {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
      FRAMEWISE_DATA_DIR: ".data/bench",
      PROFILE_DIR: dir,
    },
    path.resolve(".data/bench"),
    "scripts/bench/profiled-serve.mts",
  );
  const target: Target = { name, urls: [instance.url], method: name === "start" || name === "submit" ? "POST" : "GET", next };
  // measure() probes right before and right after the measured run: the profiler runs in between.
  const pid = Number(readFileSync(path.join(dir, "server.pid"), "utf8"));
  const toggle = async (file: string) => {
    process.kill(pid, "SIGUSR2");
    while (!existsSync(path.join(dir, file))) await sleep(20);
  };
  let probes = 0;
  const probe = async () => {
    if (probes++ === 0) await toggle("started");
    const sample = { app: sampleGroups([instance.group]), db: new Map() };
    if (probes === 2) await toggle("window.cpuprofile");
    return sample;
  };
  let row;
  try {
    row = await measure(target, { connections, seconds, warmupSeconds: int("BENCH_WARMUP_SECONDS", 2) }, probe);
  } finally {
    await instance.stop();
  }
  const file = path.join(dir, "window.cpuprofile");
  console.log(`\n## ${name}: ${row.requests} requests, ${row.rps.toFixed(0)} req/s, app CPU ${row.cpu.app.toFixed(2)} ms/request, statuses ${JSON.stringify(row.statuses)}`);
  console.log(`profile: ${path.relative(process.cwd(), file)}`);
  console.log(summarise(file, row.requests, int("BENCH_TOP", 25)));
}
await client.end();
