// The floor for quiz submit: the same work as POST /api/attempts/{id}/submit (decode the session
// cookie, parse and check the body, load the attempt and its quiz version, grade, then close the
// attempt and store its answers exactly once), with `pg` and node:http directly, outside Next and
// Prisma. `npm run bench` runs it as its own process and measures it like the real route.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { decode } from "next-auth/jwt";
import pg from "pg";
import { QuizFile } from "../../lib/content/schema.ts";
import { checkAnswers, Submission } from "../../lib/quiz/answers.ts";
import { grade } from "../../lib/quiz/grade.ts";
import { drawQuestions } from "../../lib/quiz/public.ts";
import { SESSION_COOKIE } from "./session.ts";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = process.env.NEXTAUTH_SECRET!;
const versions = new Map<string, QuizFile>();
const PATH = /^\/api\/attempts\/([a-z0-9]{20,40})\/submit$/;

const send = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
};

async function versionOf(contentHash: string): Promise<QuizFile> {
  let quiz = versions.get(contentHash);
  if (!quiz) {
    const { rows } = await pool.query<{ body: unknown }>(`SELECT body FROM "QuizVersion" WHERE "contentHash" = $1`, [contentHash]);
    quiz = QuizFile.parse(rows[0]?.body);
    versions.set(contentHash, quiz);
  }
  return quiz;
}

async function submit(req: http.IncomingMessage, res: http.ServerResponse) {
  if (req.url === "/api/ping") return send(res, 200, { ok: true });
  const attemptId = PATH.exec(req.url ?? "")?.[1];
  if (req.method !== "POST" || !attemptId) return send(res, 404, { error: { code: "not_found", message: "Not found." } });
  const cookie = req.headers.cookie?.split(/;\s*/).find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.slice(SESSION_COOKIE.length + 1);
  const token = cookie ? await decode({ token: cookie, secret }).catch(() => null) : null;
  const userId = typeof token?.sub === "string" ? token.sub : null;
  if (!userId) return send(res, 401, { error: { code: "unauthorized", message: "Sign in." } });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const parsed = Submission.safeParse(JSON.parse(Buffer.concat(chunks).toString("utf8")));
  if (!parsed.success) return send(res, 400, { error: { code: "validation", message: "The request is not valid." } });

  const { rows } = await pool.query<{ id: string; contentHash: string; seed: number; submittedAt: Date | null }>(
    `SELECT id, "contentHash", seed, "submittedAt" FROM "QuizAttempt" WHERE id = $1 AND "userId" = $2`,
    [attemptId, userId],
  );
  const row = rows[0];
  if (!row) return send(res, 404, { error: { code: "not_found", message: "No such attempt." } });
  if (row.submittedAt) return send(res, 409, { error: { code: "conflict", message: "Already submitted." } });
  const quiz = await versionOf(row.contentHash);
  const questions = drawQuestions(quiz, row.seed);
  const { answers, issues } = checkAnswers(questions, parsed.data.answers);
  if (issues.length) return send(res, 400, { error: { code: "validation", message: "Some answers do not fit.", issues } });
  const result = grade(questions, answers, quiz.passPercent);
  // One statement: the conditional update lets exactly one submit through, and stores the answers.
  const stored = await pool.query(
    `WITH closed AS (
       UPDATE "QuizAttempt" SET "submittedAt" = now(), score = $3, "maxScore" = $4, percent = $5, passed = $6, draft = NULL
       WHERE id = $1 AND "userId" = $2 AND "submittedAt" IS NULL RETURNING id)
     INSERT INTO "AttemptAnswer" (id, "attemptId", "questionId", answer, correct, points)
     SELECT a.id, closed.id, a.q, a.answer, a.correct, a.points
     FROM closed, unnest($7::text[], $8::text[], $9::jsonb[], $10::bool[], $11::float8[]) AS a(id, q, answer, correct, points)`,
    [
      row.id, userId, result.score, result.maxScore, result.percent, result.passed,
      result.questions.map(() => `ra${randomBytes(12).toString("hex")}`),
      result.questions.map((q) => q.questionId),
      result.questions.map((q) => JSON.stringify(q.answer)),
      result.questions.map((q) => q.correct),
      result.questions.map((q) => q.points),
    ],
  );
  if (stored.rowCount === 0 && result.questions.length) return send(res, 409, { error: { code: "conflict", message: "Already submitted." } });
  send(res, 200, { result: { attemptId: row.id, ...result } });
}

http
  .createServer((req, res) => {
    submit(req, res).catch((error: unknown) => send(res, 500, { error: { code: "internal", message: String(error) } }));
  })
  .listen(Number(process.env.PORT), "127.0.0.1");
