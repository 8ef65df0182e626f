// `npm run bench:dashboard`: seeds a separate database (BENCH_DATABASE_URL, default
// postgresql://postgres@127.0.0.1:5432/framewise_bench) with 10,000 users and 1,000,000 submitted
// attempts with their answers, reusing it when already seeded, then measures the dashboard's data
// functions (latency percentiles and SQL statements per call, counted on the pool whether sent by
// queryRows or Prisma), prints EXPLAIN ANALYZE for each distinct statement,
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

// Before measuring: fresh planner statistics. Seeding ends with VACUUM (ANALYZE) of its tables, but a
// reused database may have gained migrations since, and autovacuum may be off (it is on some hosts), so
// the planner would otherwise plan without statistics; production has autovacuum.
await client.query("ANALYZE");

// Every statement the data functions send, whichever way they go: straight to the pool (queryRows in
// lib/db/sql.ts) or through Prisma, whose pg adapter runs on that same pool (lib/db/client.ts).
// lib/db/pool.ts keeps the process's pool on globalThis.framewisePool and creates one only when none is
// there, so installing this pool before importing the queries makes all of them use it; its clients
// record each statement's text, parameters and prepared-statement name. No hook in lib/db.
type Sent = { text: string; values: unknown[]; name?: string };
const seen: Sent[] = [];
class RecordingClient extends pg.Client {}
const send = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(RecordingClient.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const [config, values] = args as [string | { text: string; values?: unknown[]; name?: string }, unknown];
  if (typeof config === "string") seen.push({ text: config, values: Array.isArray(values) ? values : [] });
  else if (config && typeof config.text === "string") seen.push({ text: config.text, values: config.values ?? (Array.isArray(values) ? values : []), name: config.name });
  return send.apply(this, args);
};
process.env.DATABASE_URL = url;
const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000, Client: RecordingClient });
(globalThis as { framewisePool?: pg.Pool }).framewisePool = pool;
const { getDashboard, getDashboardPage } = await import("../lib/db/queries/dashboard.ts");
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
// What the /dashboard page reads today (app/dashboard/page.tsx): progress and review queue in one statement.
await measure("warm-up", randomUsers.slice(0, 100), getDashboardPage);
rows.push(await measure("getDashboardPage, random users", randomUsers, getDashboardPage), await measure("getDashboardPage, 100 heaviest users", heavyUsers, getDashboardPage));
// The review queue (GET /api/me/review, the header's due count).
await measure("warm-up", randomUsers.slice(0, 100), getReviewOverview);
rows.push(await measure(`getReviewOverview, random users (${CARDS} cards each)`, randomUsers, getReviewOverview));

// The statements are prepared (named): after five runs on a connection PostgreSQL may switch to a
// generic plan, one not planned for the parameters' values. Which ones did, on the pool's connections:
const planCounts = new Map<string, { generic: number; custom: number }>();
const held = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
for (const connection of held) {
  const { rows: prepared } = await connection.query<{ name: string; generic_plans: string; custom_plans: string }>(`SELECT name, generic_plans, custom_plans FROM pg_prepared_statements`);
  for (const p of prepared) {
    const c = planCounts.get(p.name) ?? { generic: 0, custom: 0 };
    planCounts.set(p.name, { generic: c.generic + Number(p.generic_plans), custom: c.custom + Number(p.custom_plans) });
  }
}
held.forEach((connection) => connection.release());

// Query plans for the heaviest user: each distinct statement the three functions send, with its
// parameters, on a connection of its own with the server's default settings (seeding raises work_mem on
// its connection, which would change the plans).
const explainer = new pg.Client({ connectionString: url });
await explainer.connect();
const calls: [string, (id: string) => Promise<unknown>][] = [["getDashboard", getDashboard], ["getDashboardPage", getDashboardPage], ["getReviewOverview", getReviewOverview]];
const sentBy = new Map<string, { statement: Sent; by: string[] }>();
for (const [label, data] of calls) {
  seen.length = 0;
  await data(heavyUsers[0]!);
  for (const statement of seen) {
    const entry = sentBy.get(statement.text) ?? { statement, by: [] };
    entry.by.push(label);
    sentBy.set(statement.text, entry);
  }
}
const highlights = (lines: string[]) =>
  // Every scan with its rows, the buffers of the whole statement and the times.
  [lines[0], lines[1], ...lines.filter((l) => /(Index Only Scan|Index Scan|Bitmap Heap Scan|Seq Scan|Hash Join) .*actual|Heap Fetches|Planning Time|Execution Time/.test(l))].join("\n");
console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the ${sentBy.size} distinct statements for the heaviest user (${heavyUsers[0]}):`);
for (const { statement, by } of sentBy.values()) {
  const plans = statement.name ? planCounts.get(statement.name) : undefined;
  const cache = statement.name ? `prepared ${statement.name}: ${plans ? `${plans.generic} generic / ${plans.custom} custom plans in the pool` : "not in the pool's plan caches"}` : "unnamed";
  console.log(`\n-- sent by ${by.join(", ")} (${statement.values.length} parameters, ${cache})\n-- ${statement.text.replace(/\s+/g, " ").slice(0, 140)}…`);
  const plan = await explainer.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
  console.log(highlights(plan.rows.map((r) => r["QUERY PLAN"] as string)));
  if (plans && plans.generic > 0) {
    // The plan the connections actually run: the generic one, with the same parameters.
    const literals = statement.values.map((v) => (v === null || v === undefined ? "NULL" : explainer.escapeLiteral(v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v))));
    await explainer.query(`PREPARE bench_generic AS ${statement.text}`);
    await explainer.query(`SET plan_cache_mode = force_generic_plan`);
    try {
      const generic = await explainer.query(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_generic(${literals.join(", ")})`);
      console.log(`-- the generic plan:\n${highlights(generic.rows.map((r) => r["QUERY PLAN"] as string))}`);
    } finally {
      await explainer.query(`RESET plan_cache_mode; DEALLOCATE bench_generic`);
    }
  }
}

await explainer.end();

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
await pool.end();
await client.end();
