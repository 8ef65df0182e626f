// The benchmark's database: a fresh one on the machine's PostgreSQL (or BENCH_DATABASE_URL), with
// users and open attempts written straight into the tables, as the app would have stored them.
import { randomBytes, randomInt } from "node:crypto";
import pg from "pg";
import type { Quiz } from "../../lib/content/catalog.ts";
import { migrate } from "../../lib/db/migrate.ts";
import { expectedAnswer } from "../../lib/quiz/answer-key.ts";
import { drawQuestions } from "../../lib/quiz/public.ts";

export const DEFAULT_DATABASE = "framewise_bench_http";

/** BENCH_DATABASE_URL as given (created when missing), or a freshly re-created `framewise_bench_http`; migrated either way. */
export async function prepareDatabase(given = process.env.BENCH_DATABASE_URL): Promise<string> {
  let url = given;
  if (!url) {
    const admin = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/postgres" });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${DEFAULT_DATABASE}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${DEFAULT_DATABASE}"`);
    } finally {
      await admin.end();
    }
    url = `postgresql://postgres@127.0.0.1:5432/${DEFAULT_DATABASE}`;
  } else await createIfMissing(url);
  await migrate(url);
  return url;
}

/** Creates the database `url` names when its server has no such database yet (kept when it has). */
async function createIfMissing(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  try {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
    if (!exists) await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

export type BenchUser = { id: string; email: string; name: string };

/** An id the app's route params accept (`[a-z0-9]{20,40}`), like Prisma's cuids. */
const newId = (prefix: string) => `${prefix}${randomBytes(12).toString("hex")}`;

export async function createUsers(client: pg.ClientBase, label: string, count: number): Promise<BenchUser[]> {
  const run = randomBytes(3).toString("hex");
  const users = Array.from({ length: count }, (_, i) => ({ id: newId("bu"), email: `${label}-${run}-${i}@bench.test`, name: `${label} ${i}` }));
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash") SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
    [users.map((u) => u.id), users.map((u) => u.email), users.map((u) => u.name), users.map(() => "not-a-real-hash")],
  );
  return users;
}

/** The snapshot rows startAttempt() writes, for every quiz. */
export async function storeQuizVersions(client: pg.ClientBase, quizzes: Quiz[]) {
  for (const quiz of quizzes) {
    const body = { title: quiz.title, passPercent: quiz.passPercent, draw: quiz.draw, questions: quiz.questions };
    await client.query(`INSERT INTO "QuizVersion" ("contentHash", "quizId", body) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      quiz.contentHash,
      quiz.id,
      JSON.stringify(body),
    ]);
  }
}

export type OpenAttempt = { id: string; user: BenchUser; quiz: Quiz; seed: number };

/**
 * `perUser` open attempts for each user, spread over the quizzes and ordered user by user in turn,
 * so that any first N of them touch as many users as possible (per-user rate limits stay far away).
 */
export async function createOpenAttempts(client: pg.ClientBase, users: BenchUser[], quizzes: Quiz[], perUser: number): Promise<OpenAttempt[]> {
  const attempts: OpenAttempt[] = [];
  for (let round = 0; round < perUser; round++)
    for (const [u, user] of users.entries())
      attempts.push({ id: newId("ba"), user, quiz: quizzes[(u + round) % quizzes.length]!, seed: randomInt(0, 2 ** 31) });
  const maxScore = (a: OpenAttempt) => drawQuestions(a.quiz, a.seed).reduce((sum, q) => sum + q.points, 0);
  for (let i = 0; i < attempts.length; i += 5000) {
    const batch = attempts.slice(i, i + 5000);
    await client.query(
      `INSERT INTO "QuizAttempt" (id, "userId", "quizId", "contentHash", seed, "maxScore")
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::float8[])`,
      [batch.map((a) => a.id), batch.map((a) => a.user.id), batch.map((a) => a.quiz.id), batch.map((a) => a.quiz.contentHash), batch.map((a) => a.seed), batch.map(maxScore)],
    );
  }
  return attempts;
}

/** A full, correct submission for an attempt: the answer key of each question it drew. */
export function correctSubmission(attempt: OpenAttempt): string {
  const answers = drawQuestions(attempt.quiz, attempt.seed).map((q) => ({
    questionId: q.id,
    answer: expectedAnswer(q),
  }));
  return JSON.stringify({ answers });
}
