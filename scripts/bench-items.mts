// `npm run bench:items`: seeds a separate database (BENCH_ITEMS_DATABASE_URL, default
// postgresql://postgres@127.0.0.1:5432/framewise_items_bench) with one quiz's 100,000 submitted
// attempts (BENCH_ITEMS_ATTEMPTS) by 80,000 learners (BENCH_ITEMS_USERS), answers whose correctness
// follows each learner's ability, then times the item-analysis report (SQL + statistics) for first
// and for all attempts: once cold (the counted cells rebuilt from every answer), then warm, then once
// after BENCH_ITEMS_NEW new attempts (three batches), and once after they are deleted again (a
// rebuild too). Prints figures; asserts nothing. A database already seeded is reused.
import { cpus, loadavg } from "node:os";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { readCatalog } from "../lib/content/read.ts";
import { migrate } from "../lib/db/migrate.ts";
import { expectedAnswer, wrongAnswers } from "../lib/quiz/answer-key.ts";

const url = process.env.BENCH_ITEMS_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/framewise_items_bench";
const ATTEMPTS = Number(process.env.BENCH_ITEMS_ATTEMPTS ?? 100_000);
const USERS = Number(process.env.BENCH_ITEMS_USERS ?? 80_000);
const RUNS = Number(process.env.BENCH_ITEMS_RUNS ?? 7);
const NEW = Number(process.env.BENCH_ITEMS_NEW ?? 100);
const log = (message: string) => console.log(`[bench:items] ${message}`);
const quiz = readCatalog(path.resolve("content")).catalog.tracks.find((t) => t.slug === "flask")!.lessons[0]!.quiz;

async function prepare(): Promise<pg.Client> {
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if ((await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const meta = await client.query(`SELECT attempts, users, "contentHash" FROM bench_items_meta`).catch(() => ({ rows: [] as { attempts: number; users: number; contentHash: string }[] }));
    const m = meta.rows[0];
    if (m?.attempts === ATTEMPTS && m.users === USERS && m.contentHash === quiz.contentHash) {
      await migrate(url);
      await admin.end();
      log(`reusing ${name}`);
      return client;
    }
    await client.end();
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  await migrate(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  log(`seeding ${ATTEMPTS.toLocaleString("en")} attempts by ${USERS.toLocaleString("en")} learners of ${quiz.id}…`);
  const questions = quiz.questions.map((q, i) => ({ i, qid: q.id, pts: q.points, diff: (i % 5) - 2, right: JSON.stringify(expectedAnswer(q)), wrongs: JSON.stringify(wrongAnswers(q)) }));
  const maxScore = quiz.questions.reduce((s, q) => s + q.points, 0);
  await client.query(`INSERT INTO "QuizVersion" ("contentHash", "quizId", body) VALUES ($1, $2, '{}')`, [quiz.contentHash, quiz.id]);
  await client.query(`INSERT INTO "User" (id, email, name, "passwordHash") SELECT 'u' || g, 'u' || g || '@bench.test', 'Bench', 'x' FROM generate_series(1, $1) g`, [USERS]);
  await client.query(`CREATE TEMP TABLE qs (i int, qid text, pts float8, diff float8, right_ans jsonb, wrongs jsonb)`);
  for (const q of questions) await client.query(`INSERT INTO qs VALUES ($1, $2, $3, $4, $5, $6)`, [q.i, q.qid, q.pts, q.diff, q.right, q.wrongs]);
  await client.query(`CREATE TEMP TABLE ab AS SELECT g AS u, random() * 4 - 2 AS ability FROM generate_series(1, $1) g`, [USERS]);
  // Attempt n belongs to learner ((n − 1) mod USERS) + 1; later n start later, so n ≤ USERS are first attempts.
  await client.query(
    `CREATE TEMP TABLE ans AS
     SELECT a AS n, q.qid, q.pts, q.right_ans, q.wrongs,
            random() < 1 / (1 + exp(-(ab.ability - q.diff))) AS c
     FROM generate_series(1, $1) a JOIN ab ON ab.u = ((a - 1) % $2) + 1 CROSS JOIN qs q`,
    [ATTEMPTS, USERS],
  );
  await client.query(
    `INSERT INTO "QuizAttempt" (id, "userId", "quizId", "contentHash", seed, "startedAt", "submittedAt", score, "maxScore", percent, passed)
     SELECT 'a' || s.n, 'u' || (((s.n - 1) % $3) + 1), $1, $2, s.n, now() - interval '10 minutes' - make_interval(secs => $4 - s.n), now() - interval '5 minutes' - make_interval(secs => $4 - s.n),
            s.score, $5, round((100 * s.score / $5)::numeric, 1), 100 * s.score / $5 >= 70
     FROM (SELECT n, sum(CASE WHEN c THEN pts ELSE 0 END) AS score FROM ans GROUP BY n) s`,
    [quiz.id, quiz.contentHash, USERS, ATTEMPTS, maxScore],
  );
  await client.query(
    `INSERT INTO "AttemptAnswer" (id, "attemptId", "questionId", answer, correct, points)
     SELECT 'w' || n || '-' || qid, 'a' || n, qid,
            CASE WHEN c THEN right_ans ELSE wrongs -> (floor(random() * jsonb_array_length(wrongs)))::int END, c, CASE WHEN c THEN pts ELSE 0 END
     FROM ans`,
  );
  // Sets the visibility map too (as autovacuum would), so index-only scans need no heap visits.
  await client.query(`VACUUM ANALYZE`);
  await client.query(`CREATE TABLE bench_items_meta AS SELECT $1::int AS attempts, $2::int AS users, $3::text AS "contentHash"`, [ATTEMPTS, USERS, quiz.contentHash]);
  log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return client;
}

const client = await prepare();
const dbName = decodeURIComponent(new URL(url).pathname.slice(1));
/** CPU seconds used so far by this database's backends (from /proc; null when PostgreSQL runs elsewhere). */
async function serverCpu(): Promise<number | null> {
  const pids = (await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName])).rows;
  try {
    return pids.reduce((sum, { pid }) => {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return sum + (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 10 ms
    }, 0);
  } catch {
    return null;
  }
}
// Attempts a previous run added and could not delete (it was interrupted).
await client.query(`DELETE FROM "QuizAttempt" WHERE id LIKE 'new%'`);
const rows = await client.query(`SELECT count(*)::int AS attempts, (SELECT count(*)::int FROM "AttemptAnswer") AS answers FROM "QuizAttempt"`);
log(`${rows.rows[0].attempts.toLocaleString("en")} attempts, ${rows.rows[0].answers.toLocaleString("en")} answers`);

process.env.DATABASE_URL = url;
const { getItemRows } = await import("../lib/db/queries/items.ts");
const { buildQuizReport } = await import("../lib/items/report.ts");
const { db } = await import("../lib/db/client.ts");
// The process's first query opens the pool and starts Prisma's client (~0.1 s): not part of a report.
await db.$queryRaw`SELECT 1`;

log(`${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
const clearCells = () => client.query(`DELETE FROM "ItemCell"; DELETE FROM "ItemTotal"; DELETE FROM "ItemCache"`);
/** One report, timed: wall-clock ms (SQL, statistics in JS) and PostgreSQL CPU ms. */
async function report(which: "all" | "first") {
  const before = await serverCpu();
  const started = performance.now();
  const rows = await getItemRows(quiz.id, which);
  const fetched = performance.now();
  const result = buildQuizReport(quiz, rows, which);
  const done = performance.now();
  const after = await serverCpu();
  return { ms: done - started, sql: fetched - started, js: done - fetched, cpu: before !== null && after !== null ? (after - before) * 1000 : null, s: result.quiz.s };
}
const cpuText = (cpu: number | null) => (cpu === null ? "" : `; PostgreSQL CPU ${cpu.toFixed(0)} ms`);

for (const which of ["all", "first"] as const) {
  await clearCells();
  const cold = await report(which);
  log(`${which} attempts, cold (cells rebuilt from every answer): ${cold.ms.toFixed(0)} ms${cpuText(cold.cpu)}`);
  const times: number[] = [];
  const sqlTimes: number[] = [];
  const jsTimes: number[] = [];
  const cpu: number[] = [];
  let s = 0;
  for (let run = 0; run < RUNS; run++) {
    const r = await report(which);
    times.push(r.ms);
    sqlTimes.push(r.sql);
    jsTimes.push(r.js);
    if (r.cpu !== null) cpu.push(r.cpu);
    s = r.s;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const sorted = [...times].sort((a, b) => a - b);
  log(
    `${which} attempts (s = ${s.toLocaleString("en")}), warm, ${RUNS} runs: min ${sorted[0]!.toFixed(0)} ms, median ${median(times).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (first run ${times[0]!.toFixed(0)} ms); ` +
      `median SQL ${median(sqlTimes).toFixed(0)} ms + statistics in JS ${median(jsTimes).toFixed(1)} ms${cpu.length ? `; PostgreSQL CPU per report: median ${median(cpu).toFixed(0)} ms` : ""}`,
  );
}
// New submissions since the last report: later attempts by NEW learners, copies of their first, a
// batch per report (the cells are shared by both reports, so the second would find nothing new).
// Submitted two minutes ago they are added to the cells; in the last minute, counted on the fly.
const batches = [
  ["all", "2 minutes", "added to the cells"],
  ["first", "2 minutes", "added to the cells"],
  ["all", "0 minutes", "submitted in the last minute, counted on the fly"],
] as const;
for (const [i, [which, ago, how]] of batches.entries()) {
  const params = [`new${i}-`, i * NEW + 1, (i + 1) * NEW, ago];
  await client.query(
    `INSERT INTO "QuizAttempt" (id, "userId", "quizId", "contentHash", seed, "startedAt", "submittedAt", score, "maxScore", percent, passed)
     SELECT $1 || g, a."userId", a."quizId", a."contentHash", a.seed, now() AT TIME ZONE 'UTC' - $4::interval - interval '5 minutes',
            now() AT TIME ZONE 'UTC' - $4::interval, a.score, a."maxScore", a.percent, a.passed
     FROM generate_series($2::int, $3::int) g JOIN "QuizAttempt" a ON a.id = 'a' || g`,
    params,
  );
  await client.query(
    `INSERT INTO "AttemptAnswer" (id, "attemptId", "questionId", answer, correct, points)
     SELECT $1 || g || '-' || w."questionId", $1 || g, w."questionId", w.answer, w.correct, w.points
     FROM generate_series($2::int, $3::int) g JOIN "AttemptAnswer" w ON w."attemptId" = 'a' || g`,
    params.slice(0, 3),
  );
  const r = await report(which);
  log(`${which} attempts after ${NEW} new attempts (${how}): ${r.ms.toFixed(0)} ms${cpuText(r.cpu)}`);
}
// Attempts deleted (as with their learners): the check finds them gone and the cells are rebuilt.
await client.query(`DELETE FROM "QuizAttempt" WHERE id LIKE 'new%'`);
const deleted = await report("all");
log(`all attempts after ${(2 * NEW).toLocaleString("en")} counted attempts were deleted (cells rebuilt): ${deleted.ms.toFixed(0)} ms${cpuText(deleted.cpu)}`);
await clearCells();
log(`load average at the end ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
await Promise.all([db.$disconnect(), client.end()]);
