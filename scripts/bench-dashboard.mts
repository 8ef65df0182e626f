// `npm run bench:dashboard`: seeds a separate database (BENCH_DATABASE_URL, default
// postgresql://postgres@127.0.0.1:5432/framewise_bench) with 10,000 users and 1,000,000 submitted
// attempts with their answers, reusing it when already seeded, then measures the dashboard's data
// function (latency percentiles and SQL queries per call), prints EXPLAIN ANALYZE for its queries,
// and measures GET /api/me/progress over HTTP against a production server (BENCH_HTTP=0 skips it).
// Nothing here asserts a time: it prints figures for docs/performance.md.
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { readCatalog } from "../lib/content/read.ts";
import { migrate } from "../lib/db/migrate.ts";
import { measureHttp, startServer, stopServer } from "./bench/http.mts";
import { seed } from "./bench/seed.mts";
import { seedReview } from "./bench/seed-review.mts";
import { sessionCookie } from "./bench/session.ts";
import { table, type Row } from "./bench/stats.mts";

const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/framewise_bench";
const USERS = Number(process.env.BENCH_USERS ?? 10_000);
const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 1_000);
const HTTP_REQUESTS = Number(process.env.BENCH_HTTP_REQUESTS ?? 500);
const PORT = Number(process.env.BENCH_PORT ?? 3590);
const CARDS = Number(process.env.BENCH_CARDS ?? 160);
const log = (message: string) => console.log(`[bench] ${message}`);
const catalog = readCatalog(path.resolve("content")).catalog;

async function prepareDatabase() {
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
  const client = new pg.Client({ connectionString: url });
  if (exists) {
    await client.connect();
    const meta = await client.query(`SELECT users, attempts FROM bench_meta`).catch(() => ({ rows: [] as { users: number; attempts: number }[] }));
    const applied = await migrate(url);
    if (meta.rows[0]?.users === USERS && meta.rows[0]?.attempts === ATTEMPTS) {
      log(`reusing ${name}: already seeded with ${USERS.toLocaleString("en")} users and ${ATTEMPTS.toLocaleString("en")} attempts${applied.length ? `; applied ${applied.join(", ")}` : ""}`);
      await admin.end();
      return client;
    }
    await client.end();
    log(`${name} exists but is not (fully) seeded: recreating it`);
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  await migrate(url);
  const fresh = new pg.Client({ connectionString: url });
  await fresh.connect();
  const started = performance.now();
  log(`seeding ${USERS.toLocaleString("en")} users and ${ATTEMPTS.toLocaleString("en")} attempts…`);
  await seed(fresh, catalog, USERS, ATTEMPTS, log);
  await fresh.query(`CREATE TABLE bench_meta AS SELECT $1::int AS users, $2::int AS attempts, now() AS seeded_at`, [USERS, ATTEMPTS]);
  log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return fresh;
}

const client = await prepareDatabase();
await seedReview(client, catalog, CARDS, log);
const sizes = await client.query(`SELECT relname, n_live_tup::bigint AS rows, pg_size_pretty(pg_total_relation_size(relid)) AS size FROM pg_stat_user_tables WHERE relname IN ('User', 'QuizAttempt', 'AttemptAnswer', 'LessonProgress', 'ReviewCard', 'ReviewLog') ORDER BY relname`);
log(`tables: ${sizes.rows.map((r) => `${r.relname} ${Number(r.rows).toLocaleString("en")} rows ${r.size}`).join(", ")}`);

// The data function, with a Prisma client whose query events count the SQL sent per call. lib/db/client
// keeps its client on globalThis, so installing this one first makes the app code use it.
process.env.DATABASE_URL = url;
const { PrismaClient } = await import("../lib/generated/prisma/client.ts");
const { PrismaPg } = await import("@prisma/adapter-pg");
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log: [{ emit: "event", level: "query" }] });
const seen: { query: string; params: string }[] = [];
prisma.$on("query", (e) => seen.push({ query: e.query, params: e.params }));
(globalThis as { db?: unknown }).db = prisma;
const { getDashboard } = await import("../lib/db/queries/dashboard.ts");
const { getReviewOverview } = await import("../lib/db/queries/review.ts");

const pick = async (sql: string, n: number) => (await client.query<{ id: string }>(sql, [n])).rows.map((r) => r.id);
const randomUsers = await pick(`SELECT id FROM "User" ORDER BY random() LIMIT $1`, SAMPLES);
const heavyUsers = await pick(`SELECT "userId" AS id FROM "QuizAttempt" GROUP BY 1 ORDER BY count(*) DESC LIMIT $1`, 100);
const counts = await client.query(`SELECT percentile_disc(ARRAY[0.5, 0.95, 0.99, 1]) WITHIN GROUP (ORDER BY n) AS p FROM (SELECT count(*) AS n FROM "QuizAttempt" WHERE "submittedAt" IS NOT NULL GROUP BY "userId") c`);
log(`submitted attempts per user: p50 / p95 / p99 / max = ${counts.rows[0].p.join(" / ")}`);

async function measure(label: string, users: string[], data: (id: string) => Promise<unknown> = getDashboard): Promise<Row> {
  const samples: number[] = [];
  const queries: number[] = [];
  for (const id of users) {
    seen.length = 0;
    const started = performance.now();
    await data(id);
    samples.push(performance.now() - started);
    queries.push(seen.length);
  }
  return { label, samples, queries };
}

log(`load average (1/5/15 min) before measuring: ${loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
await measure("warm-up", randomUsers.slice(0, 100));
const rows = [await measure("getDashboard, random users", randomUsers), await measure("getDashboard, 100 heaviest users", heavyUsers)];
// The review queue (GET /api/me/review, the header's and the dashboard's due count and forecast).
await measure("warm-up", randomUsers.slice(0, 100), getReviewOverview);
rows.push(await measure(`getReviewOverview, random users (${CARDS} cards each)`, randomUsers, getReviewOverview));

// Query plans for the heaviest user, exactly as sent.
seen.length = 0;
await getDashboard(heavyUsers[0]!);
await getReviewOverview(heavyUsers[0]!);
console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the ${seen.length} queries for the heaviest user (${heavyUsers[0]}):`);
for (const { query, params } of seen) {
  const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, JSON.parse(params));
  const lines = plan.rows.map((r) => r["QUERY PLAN"] as string);
  console.log(`\n-- ${query.replace(/\s+/g, " ").slice(0, 140)}…`);
  // The highlights: every scan with its rows, the buffers of the whole statement and the times.
  console.log([lines[0], lines[1], ...lines.filter((l) => /(Index Only Scan|Index Scan|Bitmap Heap Scan|Seq Scan) .*actual|Heap Fetches|Planning Time|Execution Time/.test(l))].join("\n"));
}

if (process.env.BENCH_HTTP !== "0") {
  log(`starting the production server on port ${PORT} (builds first if the sources changed)…`);
  const secret = randomBytes(48).toString("base64url");
  const server = await startServer(url, PORT, secret);
  try {
    const users = (await client.query<{ id: string; email: string; name: string }>(`SELECT id, email, name FROM "User" ORDER BY random() LIMIT 50`)).rows;
    const cookies = await Promise.all(users.map((user) => sessionCookie(user, secret)));
    rows.push({ label: `GET /api/me/progress (HTTP, ${users.length} users)`, samples: await measureHttp(`http://127.0.0.1:${PORT}`, cookies, HTTP_REQUESTS, log), queries: rows[0]!.queries });
  } finally {
    stopServer(server);
  }
}

console.log(`\n${table(rows)}\n`);
log(`${cpus().length} cores; load average (1/5/15 min) at the end: ${loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
await prisma.$disconnect();
await client.end();
