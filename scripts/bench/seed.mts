// Seeds the benchmark database in bulk with SQL (generate_series / INSERT … SELECT): users with a
// skewed number of attempts (a few heavy learners, a long tail), each attempt with its per-question
// answers, and some read lessons. Secondary indexes and FK triggers are off during the load and the
// indexes are rebuilt afterwards, which is several times faster than maintaining them row by row.
import { hash } from "@node-rs/argon2";
import pg from "pg";
import type { Catalog } from "../../lib/content/catalog.ts";

export const BENCH_PASSWORD = "bench password 0000";
const ZONES = ["America/Los_Angeles", "America/New_York", "America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "UTC"];

type Log = (message: string) => void;

export async function seed(client: pg.Client, catalog: Catalog, users: number, attempts: number, log: Log) {
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s${result.rowCount ? ` (${result.rowCount.toLocaleString("en")} rows)` : ""}`);
  };
  await client.query("SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 2");

  const quizzes = catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz));
  for (const quiz of quizzes) {
    const body = { title: quiz.title, passPercent: quiz.passPercent, draw: quiz.draw, questions: quiz.questions };
    await client.query(`INSERT INTO "QuizVersion" ("contentHash", "quizId", body) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [quiz.contentHash, quiz.id, JSON.stringify(body)]);
  }
  await client.query(`CREATE TEMP TABLE bench_quiz (qi int PRIMARY KEY, quiz_id text, lesson_id text, content_hash text, pass float8, nq int, qids text[], qpoints float8[], max_score float8)`);
  for (const [qi, quiz] of quizzes.entries())
    await client.query(`INSERT INTO bench_quiz VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8)`, [
      qi, quiz.id, quiz.contentHash, quiz.passPercent, quiz.questions.length,
      quiz.questions.map((q) => q.id), quiz.questions.map((q) => q.points), quiz.questions.reduce((s, q) => s + q.points, 0),
    ]);

  // Off during the load: secondary indexes (rebuilt below from their definitions) and FK triggers.
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('User', 'QuizAttempt', 'AttemptAnswer', 'LessonProgress') AND indexname NOT LIKE '%\\_pkey'`,
  );
  for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);
  await client.query("SET session_replication_role = replica");

  await step("users", `
    INSERT INTO "User" (id, email, name, "passwordHash", "timeZone", "createdAt")
    SELECT 'bu' || lpad(i::text, 8, '0'), 'bench-' || i || '@example.test', 'Bench ' || i, $2,
           (CASE WHEN i % 10 = 9 THEN NULL ELSE ($3::text[])[1 + i % cardinality($3::text[])] END),
           (now() AT TIME ZONE 'UTC') - interval '400 days'
    FROM generate_series(0, $1 - 1) i`, [users, await hash(BENCH_PASSWORD), ZONES]);
  // Each learner: a skill (chance of a right answer) and an active period within the last year.
  await client.query(`
    CREATE TEMP TABLE bench_user AS
    SELECT i, 'bu' || lpad(i::text, 8, '0') AS id, 0.45 + 0.5 * random() AS skill, d AS start_days, d * (0.2 + 0.8 * random()) AS span_days
    FROM generate_series(0, $1 - 1) i, LATERAL (SELECT 1 + 364 * random() AS d) r`, [users]);
  await client.query(`CREATE UNIQUE INDEX ON bench_user (i)`);
  // Attempt n goes to user floor(users · r^1.5): the first users are heavy (~2,000 attempts), the median ~80.
  // Earlier quizzes are taken more often than later ones; times fall inside the user's active period.
  await step("attempt plan", `
    CREATE TEMP TABLE bench_attempt AS
    SELECT g.n, 'bq' || lpad(g.n::text, 23, '0') AS attempt_id, u.id AS user_id, u.skill, q.*,
           (now() AT TIME ZONE 'UTC') - make_interval(secs => (u.start_days - random() * u.span_days) * 86400) AS submitted
    FROM (SELECT n, floor($2 * power(random(), 1.5))::int AS ui, floor($3 * power(random(), 1.3))::int AS qi FROM generate_series(1, $1) n) g
    JOIN bench_user u ON u.i = g.ui JOIN bench_quiz q ON q.qi = g.qi`, [attempts, users, quizzes.length]);
  await step("answers", `
    INSERT INTO "AttemptAnswer" (id, "attemptId", "questionId", answer, correct, points)
    SELECT 'ba' || lpad(a.n::text, 9, '0') || lpad(k::text, 2, '0'), a.attempt_id, a.qids[k], '"bench"'::jsonb, r.ok, CASE WHEN r.ok THEN a.qpoints[k] ELSE 0 END
    FROM bench_attempt a CROSS JOIN LATERAL generate_series(1, a.nq) k CROSS JOIN LATERAL (SELECT random() < a.skill + 0 * k AS ok) r`);
  await step("attempts", `
    INSERT INTO "QuizAttempt" (id, "userId", "quizId", "contentHash", seed, "startedAt", "submittedAt", score, "maxScore", percent, passed)
    SELECT a.attempt_id, a.user_id, a.quiz_id, a.content_hash, a.n % 2147483647, a.submitted - interval '6 minutes', a.submitted,
           s.score, a.max_score, round((100 * s.score / a.max_score)::numeric, 1), round((100 * s.score / a.max_score)::numeric, 1) >= a.pass
    FROM bench_attempt a JOIN (SELECT "attemptId", sum(points) AS score FROM "AttemptAnswer" GROUP BY 1) s ON s."attemptId" = a.attempt_id`);
  await step("open attempts", `
    INSERT INTO "QuizAttempt" (id, "userId", "quizId", "contentHash", seed, "startedAt", "maxScore")
    SELECT 'bo' || lpad(i::text, 23, '0'), 'bu' || lpad(floor($1 * random())::int::text, 8, '0'), q.quiz_id, q.content_hash, i, (now() AT TIME ZONE 'UTC') - interval '1 hour', q.max_score
    FROM generate_series(1, $1 / 20) i JOIN bench_quiz q ON q.qi = i % $2`, [users, quizzes.length]);
  await step("read lessons", `
    INSERT INTO "LessonProgress" (id, "userId", "lessonId", "completedAt")
    SELECT 'bl' || lpad(u.i::text, 8, '0') || lpad(q.qi::text, 3, '0'), u.id, q.lesson_id, (now() AT TIME ZONE 'UTC') - make_interval(secs => u.start_days * random() * 86400)
    FROM bench_user u CROSS JOIN bench_quiz q WHERE random() < 0.3`);

  await client.query("SET session_replication_role = origin");
  for (const index of indexes) await step(`index ${index.indexname}`, index.indexdef);
  // Index-only scans need the visibility map set; a concurrent autovacuum can hold back the first pass.
  for (let pass = 1; pass <= 5; pass++) {
    await step(`vacuum analyze (pass ${pass})`, `VACUUM (ANALYZE) "User", "QuizAttempt", "AttemptAnswer", "LessonProgress"`);
    const { rows } = await client.query(`SELECT min(relallvisible::float8 / greatest(relpages, 1)) AS visible FROM pg_class WHERE relname IN ('QuizAttempt', 'AttemptAnswer')`);
    if (rows[0].visible >= 0.95) break;
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}
