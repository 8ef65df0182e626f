// `npm run bench:parts -- [tree ...]`: where a dashboard view's app CPU goes, against Next's floors.
// Measures, on one instance per tree (a worktree with its own build; default: this one), in rounds
// and in turn so that every figure sees the same machine: the no-op handler, the authenticated
// no-op, a small dynamic page (/settings), the dashboard's data as JSON (/api/me/progress, no
// render) and /dashboard. Users are set up as `npm run bench`'s dashboard users (open attempts, a few
// of them submitted). Prints the median app CPU per request of each target and its ratio to the
// no-op handler of the same tree. Knobs: BENCH_DATABASE_URL, BENCH_PORT, BENCH_USERS (200),
// BENCH_CONNECTIONS (8), BENCH_SECONDS (5), BENCH_ROUNDS (3), BENCH_SUBMITS_PER_USER (2),
// BENCH_PARTS (ping,me,settings,progress,dashboard).
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { readCatalog } from "../../lib/content/read.ts";
import { sampleGroups } from "./cpu.ts";
import { correctSubmission, createOpenAttempts, createUsers, prepareDatabase, storeQuizVersions } from "./database.ts";
import { measure, type NextRequest } from "./load.ts";
import { freePort, startInstance, type Instance } from "./server.ts";
import { sessionCookies } from "./session.ts";

const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const log = (message: string) => console.error(`[bench:parts] ${message}`);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const trees = process.argv.slice(2).filter((a) => !a.startsWith("-"));
if (!trees.length) trees.push(process.cwd());
const parts = (process.env.BENCH_PARTS ?? "ping,me,settings,progress,dashboard").split(",").filter(Boolean);
const load = { connections: int("BENCH_CONNECTIONS", 8), seconds: int("BENCH_SECONDS", 5), warmupSeconds: int("BENCH_WARMUP_SECONDS", 1) };

const { catalog } = readCatalog(path.resolve("content"));
const quizzes = catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz));
const databaseUrl = await prepareDatabase();
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
await storeQuizVersions(client, quizzes);
const secret = randomBytes(48).toString("base64url");
const people = await createUsers(client, "parts", int("BENCH_USERS", 200));
const cookies = await sessionCookies(people, secret);
const attempts = await createOpenAttempts(client, people, quizzes, int("BENCH_ATTEMPTS_PER_USER", 25));

const instances: Instance[] = [];
const taken: number[] = [];
try {
  for (const tree of trees) {
    const port = await freePort(int("BENCH_PORT", 3700), taken);
    taken.push(port);
    // Rate limits in memory unless REDIS_URL is set: the dashboard reads none of them.
    const env = { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `http://127.0.0.1:${port}`, FRAMEWISE_DATA_DIR: ".data/bench" };
    log(`starting ${tree} on port ${port} (builds first if its sources changed)…`);
    instances.push(await startInstance(port, env, path.resolve(tree, ".data/bench"), "scripts/start.mts", path.resolve(tree)));
  }

  // The first few open attempts of every user, submitted as `npm run bench`'s submit phase would.
  const perUser = int("BENCH_SUBMITS_PER_USER", 2);
  const submits = attempts.slice(0, perUser * people.length);
  log(`submitting ${submits.length} attempts…`);
  for (let i = 0; i < submits.length; i += 8)
    await Promise.all(
      submits.slice(i, i + 8).map(async (a) => {
        const response = await fetch(`${instances[0]!.url}/api/attempts/${a.id}/submit`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: cookies.get(a.user.id)! },
          body: correctSubmission(a),
        });
        if (!response.ok) throw new Error(`submit ${a.id}: ${response.status}`);
      }),
    );

  const paths: Record<string, string> = { ping: "/api/ping", me: "/api/me", settings: "/settings", progress: "/api/me/progress", dashboard: "/dashboard" };
  const source = (part: string): NextRequest => {
    let k = 0;
    const [name, probe] = part.split(":");
    const pathname = paths[name!] ?? name!;
    return () => {
      const headers: Record<string, string> = { cookie: cookies.get(people[k++ % people.length]!.id)! };
      if (probe) headers["x-probe"] = probe;
      return { path: pathname, headers };
    };
  };
  const figures = new Map<string, number[]>();
  const rounds = int("BENCH_ROUNDS", 3);
  const loadBefore = os.loadavg()[0]!;
  for (let round = 0; round < rounds; round++) {
    // Each round starts at a different tree, so neither is always measured first.
    const order = instances.map((_, i) => instances[(i + round) % instances.length]!);
    for (const part of parts)
      for (const instance of order) {
        const row = await measure({ name: part, urls: [instance.url], next: source(part) }, load, async () => ({ app: sampleGroups([instance.group]), db: new Map() }));
        const bad = Object.entries(row.statuses).filter(([code]) => !code.startsWith("2"));
        if (bad.length || row.errors) log(`${part} on ${instance.port}: ${JSON.stringify(row.statuses)}, ${row.errors} errors`);
        const key = `${trees[instances.indexOf(instance)]}\t${part}`;
        figures.set(key, [...(figures.get(key) ?? []), row.cpu.app]);
        log(`round ${round + 1}: ${part} on ${instance.port}: ${row.cpu.app.toFixed(2)} ms app CPU/request, ${row.rps.toFixed(0)} req/s`);
      }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`\n${rounds} rounds, ${load.connections} connections, ${load.seconds} s per target; 1-minute load average ${loadBefore.toFixed(2)} → ${os.loadavg()[0]!.toFixed(2)}`);
  console.log("| tree | target | app CPU ms/request (median; all rounds) | × no-op |\n|---|---|---:|---:|");
  for (const tree of trees) {
    const floor = median(figures.get(`${tree}\tping`) ?? [NaN]);
    for (const part of parts) {
      const xs = figures.get(`${tree}\t${part}`)!;
      console.log(`| ${path.basename(tree)} | ${part} | ${median(xs).toFixed(2)} (${xs.map((x) => x.toFixed(1)).join(", ")}) | ${(median(xs) / floor).toFixed(2)} |`);
    }
  }
} finally {
  await Promise.all(instances.map((i) => i.stop()));
  await client.end();
}
