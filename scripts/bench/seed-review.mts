// Seeds review cards for the dashboard benchmark: CARDS questions of the catalog per seeded user
// (10,000 × 160 = 1.6 million cards), due dates spread from 10 days ago to 60 days ahead, and one
// review log row per card over the last 60 days. Skipped when the database already has cards, so a
// database seeded before review existed gains them once. Same bulk approach as seed.mts.
import pg from "pg";
import type { Catalog } from "../../lib/content/catalog.ts";

type Log = (message: string) => void;
const TABLES = ["ReviewCard", "ReviewLog"];

export async function seedReview(client: pg.Client, catalog: Catalog, cardsPerUser: number, log: Log): Promise<void> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "ReviewCard"`);
  if (Number(rows[0]!.n) > 0) return log(`reusing ${Number(rows[0]!.n).toLocaleString("en")} review cards`);
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s${result.rowCount ? ` (${result.rowCount.toLocaleString("en")} rows)` : ""}`);
  };
  const questions = catalog.tracks.flatMap((t) => t.lessons.flatMap((l) => l.quiz.questions.map((q) => [l.quiz.id, q.id] as const))).slice(0, cardsPerUser);
  log(`seeding ${questions.length} review cards per user…`);
  await client.query("SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '1GB'");
  await client.query(`CREATE TEMP TABLE bench_question AS SELECT row_number() OVER () AS qn, quiz_id, question_id FROM unnest($1::text[], $2::text[]) AS q(quiz_id, question_id)`, [
    questions.map((q) => q[0]),
    questions.map((q) => q[1]),
  ]);
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1) AND indexname NOT LIKE '%\\_pkey'`,
    [TABLES],
  );
  for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);
  await client.query("SET session_replication_role = replica");
  await step("review cards", `
    INSERT INTO "ReviewCard" (id, "userId", "quizId", "questionId", "questionHash", due, stability, difficulty, "elapsedDays", "scheduledDays",
      "learningSteps", reps, lapses, state, "lastReview", "lastRating")
    SELECT 'rc' || substr(u.id, 3) || lpad(q.qn::text, 4, '0'), u.id, q.quiz_id, q.question_id, 'bench',
           (now() AT TIME ZONE 'UTC') + make_interval(secs => (70 * random() - 10) * 86400), 1 + 30 * random(), 1 + 9 * random(),
           (30 * random())::int, (1 + 60 * random())::int, 0, 1 + (8 * random())::int, (2 * random())::int, 'Review', (now() AT TIME ZONE 'UTC') - interval '30 days',
           1 + (3 * random())::int
    FROM "User" u CROSS JOIN bench_question q`);
  await step("review logs", `
    INSERT INTO "ReviewLog" (id, "cardId", "userId", kind, rating, state, "dueBefore", "dueAfter", stability, difficulty, "elapsedDays", "scheduledDays",
      correct, points, "durationMs", "questionHash", "reviewedAt")
    SELECT 'rl' || substr(c.id, 3), c.id, c."userId", 'REVIEW', c."lastRating", 'Review', c.due - interval '5 days', c.due, c.stability, c.difficulty,
           c."elapsedDays", c."scheduledDays", c."lastRating" > 1, CASE WHEN c."lastRating" > 1 THEN 1 ELSE 0 END, 9000, 'bench',
           (now() AT TIME ZONE 'UTC') - make_interval(secs => 60 * random() * 86400)
    FROM "ReviewCard" c`);
  await client.query("SET session_replication_role = origin");
  for (const index of indexes) await step(`index ${index.indexname}`, index.indexdef);
  await step("vacuum analyze", `VACUUM (ANALYZE) "ReviewCard", "ReviewLog"`);
}
