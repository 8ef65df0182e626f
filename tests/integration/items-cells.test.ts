import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { getItemRows } from "@/lib/db/queries/items";
import { cellsOfEveryAnswer, refreshItemCells } from "@/lib/db/queries/items-cells";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemRows, WhichAttempts } from "@/lib/items/report";

/**
 * The counted cells (lib/db/queries/items-cells.ts) must give exactly the rows of the statement that
 * grouped every answer of the chosen attempts, kept here as the reference: after the first count,
 * after new attempts, with attempts of the last minute, after an attempt committed late, after a new
 * attempt that takes over "first", after a learner's attempts are deleted, with tied totals split
 * between thirds and attempts that saw different questions (a drawn quiz); and when the rebuild's
 * grouping of every answer runs in parallel workers.
 */
function reference(quizId: string, which: WhichAttempts): Promise<Row[]> {
  const attempts =
    which === "all"
      ? Prisma.sql`SELECT a.id, a.score FROM "QuizAttempt" a WHERE a."quizId" = ${quizId} AND a."submittedAt" IS NOT NULL`
      : Prisma.sql`SELECT DISTINCT ON (a."userId" COLLATE "C") a.id, a.score FROM "QuizAttempt" a
          WHERE a."quizId" = ${quizId} AND a."submittedAt" IS NOT NULL ORDER BY a."userId" COLLATE "C", a."startedAt", a.id`;
  return db.$queryRaw<Row[]>`
    WITH chosen AS (SELECT f.id, f.score, ntile(3) OVER (ORDER BY f.score DESC, f.id COLLATE "C") AS band FROM (${attempts}) f)
    SELECT 't' AS kind, NULL AS "questionId", NULL::float8 AS x, score AS total, NULL::jsonb AS answer, NULL::int AS band, count(*)::int AS n
    FROM chosen GROUP BY score
    UNION ALL
    SELECT CASE WHEN GROUPING(w.points) = 0 THEN 'm' ELSE 'r' END, w."questionId", w.points, c.score, w.answer, c.band, count(*)::int
    FROM "AttemptAnswer" w JOIN chosen c ON w."attemptId" = c.id
    GROUP BY GROUPING SETS ((w."questionId", w.points, c.score), (w."questionId", w.answer, c.band))
    ORDER BY 1, 2, 3, 4, 6, 5`;
}
type Row = { kind: string; questionId: string | null; x: number | null; total: number | null; answer: unknown; band: number | null; n: number };
const asItemRows = (rows: Row[]): ItemRows => ({
  totals: rows.filter((r) => r.kind === "t").map((r) => ({ total: r.total ?? 0, n: r.n })),
  marks: rows.filter((r) => r.kind === "m").map((r) => ({ questionId: r.questionId ?? "", x: r.x ?? 0, total: r.total ?? 0, n: r.n })),
  responses: rows.filter((r) => r.kind === "r").map((r) => ({ questionId: r.questionId ?? "", answer: r.answer, band: r.band === 1 ? 1 : r.band === 3 ? 3 : 2, n: r.n })),
});

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUESTIONS = ["q1", "q2", "q3", "q4", "q5"];
const ANSWERS: unknown[] = ["a", "b", ["a", "c"], { l1: "r1", l2: "r2" }, true, null, "Werkzeug"];
const T0 = Date.parse("2026-01-01T00:00:00Z");

async function setUp() {
  const quizId = `itest.cells-${randomUUID()}`;
  const contentHash = randomUUID();
  await db.$executeRaw`INSERT INTO "QuizVersion" ("contentHash", "quizId", body) VALUES (${contentHash}, ${quizId}, '{}')`;
  const users = Array.from({ length: 14 }, () => `u-${randomUUID()}`);
  for (const id of users) await db.$executeRaw`INSERT INTO "User" (id, email, name, "passwordHash") VALUES (${id}, ${`${id}@example.test`}, 'T', 'x')`;
  const next = random(13);
  let serial = 0;
  /** Submits `count` attempts, the i-th at minute `at + i`; ids mix cases so byte order differs from a locale's. */
  async function submit(count: number, at: number, options: { user?: string; startedAt?: number; id?: string } = {}) {
    const rows = Array.from({ length: count }, (_, i) => {
      const asked = QUESTIONS.filter(() => next() < 0.7);
      const answers = (asked.length ? asked : ["q1"]).map((q) => ({ q, answer: ANSWERS[Math.floor(next() * ANSWERS.length)], points: [0, 0.5, 1][Math.floor(next() * 3)]! }));
      const minute = at + i;
      return {
        id: options.id ?? `${"AaBbz"[Math.floor(next() * 5)]}${String(++serial).padStart(3, "0")}-${randomUUID().slice(0, 8)}`,
        userId: options.user ?? users[Math.floor(next() * users.length)]!,
        startedAt: new Date(T0 + (options.startedAt ?? minute - 5) * 60_000).toISOString(),
        submittedAt: new Date(T0 + minute * 60_000).toISOString(),
        answers,
      };
    });
    for (const r of rows) {
      const score = r.answers.reduce((sum, a) => sum + a.points, 0);
      await db.$executeRaw`INSERT INTO "QuizAttempt" (id, "userId", "quizId", "contentHash", seed, "startedAt", "submittedAt", score, "maxScore", percent, passed)
        VALUES (${r.id}, ${r.userId}, ${quizId}, ${contentHash}, 1, ${r.startedAt}::timestamptz AT TIME ZONE 'UTC', ${r.submittedAt}::timestamptz AT TIME ZONE 'UTC', ${score}, 5, ${score * 20}, false)`;
      await db.$executeRaw`INSERT INTO "AttemptAnswer" (id, "attemptId", "questionId", answer, correct, points)
        SELECT ${r.id} || '-' || a.q, ${r.id}, a.q, COALESCE(a.answer, 'null'::jsonb), a.points > 0, a.points FROM jsonb_to_recordset(${JSON.stringify(r.answers)}::jsonb) AS a(q text, answer jsonb, points float8)`;
    }
    return rows;
  }
  return { quizId, users, submit };
}

const repeatableRead = { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead };
const refresh = async (quizId: string) => (await db.$transaction((tx) => refreshItemCells(tx, quizId), repeatableRead)).state;
/**
 * Makes PostgreSQL run the statements of the transaction in parallel workers wherever it may, however
 * small the tables: parallelism costs nothing, and each parallel-safe plan gets a Gather on top
 * (`debug_parallel_query`, called `force_parallel_mode` before PostgreSQL 16).
 */
async function preferParallel(tx: Prisma.TransactionClient) {
  const [server] = await tx.$queryRaw<{ version: number }[]>`SELECT current_setting('server_version_num')::int AS version`;
  const force = (server?.version ?? 0) >= 160000 ? "debug_parallel_query" : "force_parallel_mode";
  await tx.$queryRaw`SELECT set_config('parallel_setup_cost', '0', true), set_config('parallel_tuple_cost', '0', true),
    set_config('min_parallel_table_scan_size', '0', true), set_config('min_parallel_index_scan_size', '0', true), set_config(${force}, 'on', true)`;
}
/** The minute (counted from T0) that is now. */
const nowMinute = () => Math.floor((Date.now() - T0) / 60_000);

async function expectSameAsReference(quizId: string) {
  for (const which of ["all", "first"] as const) expect(await getItemRows(quizId, which), which).toEqual(asItemRows(await reference(quizId, which)));
}

describe("item analysis from counted cells", () => {
  test("equals grouping every answer, through new, late, earlier-started and deleted attempts", async () => {
    const { quizId, users, submit } = await setUp();
    expect(await refresh(quizId)).toBe("empty");
    await expectSameAsReference(quizId);

    // One and two attempts: thirds of fewer than three attempts.
    await submit(1, 0);
    expect(await refresh(quizId)).toBe("rebuilt");
    await expectSameAsReference(quizId);
    await submit(1, 1);
    expect(await refresh(quizId)).toBe("added");
    await expectSameAsReference(quizId);

    await submit(60, 10);
    expect(await refresh(quizId)).toBe("added");
    expect(await refresh(quizId)).toBe("fresh");
    await expectSameAsReference(quizId);

    // Committed after later attempts were counted: rebuilt.
    await submit(1, 5);
    expect(await refresh(quizId)).toBe("rebuilt");
    await expectSameAsReference(quizId);

    // Submitted last but started before this learner's counted first attempt: it becomes the first.
    const [taker] = await submit(1, 200, { user: users[0], startedAt: -100 });
    expect(taker).toBeDefined();
    expect(await refresh(quizId)).toBe("rebuilt");
    await expectSameAsReference(quizId);

    await submit(25, 300);
    expect(await refresh(quizId)).toBe("added");
    await expectSameAsReference(quizId);

    // Submitted in the last minute: counted on the fly, not yet into the cells (a submit still in
    // flight may carry an earlier submittedAt); older ones are added.
    await submit(3, nowMinute());
    expect(await refresh(quizId)).toBe("fresh");
    await expectSameAsReference(quizId);
    await submit(2, nowMinute() - 5);
    expect(await refresh(quizId)).toBe("added");
    await expectSameAsReference(quizId);

    // A learner's attempts deleted with the account.
    await db.$executeRaw`DELETE FROM "User" WHERE id = ${users[1]!}`;
    expect(await refresh(quizId)).toBe("rebuilt");
    await expectSameAsReference(quizId);

    await db.$executeRaw`DELETE FROM "QuizAttempt" WHERE "quizId" = ${quizId}`;
    expect(await refresh(quizId)).toBe("empty");
    await expectSameAsReference(quizId);
  });

  test("the first count, with attempts only from the last minute, then older ones", async () => {
    const { quizId, submit } = await setUp();
    // Nothing settled yet: no cells, every attempt counted on the fly (from the next minute on, so
    // that a minute turning during the test cannot settle the first of them).
    await submit(4, nowMinute() + 1);
    expect(await refresh(quizId)).toBe("empty");
    await expectSameAsReference(quizId);
    await submit(6, nowMinute() - 10);
    expect(await refresh(quizId)).toBe("rebuilt");
    await expectSameAsReference(quizId);
  });

  test("a rebuild run by parallel workers counts the same, with attempt ids an array literal must quote", async () => {
    const { quizId, users, submit } = await setUp();
    await submit(30, 0);
    // Later attempts of one learner, so they go into the rebuild as the array of attempts that are not first.
    const odd = ["x,1", 'x"2', "{x3}", "x\\4", " x 5", "NULL", "x\u00e96"];
    // Fixed ids: those of an earlier run on the same database go first (with their answers).
    await db.$executeRaw`DELETE FROM "QuizAttempt" WHERE id = ANY(${odd})`;
    for (const [i, id] of odd.entries()) await submit(1, 40 + i, { user: users[2], id });
    const state = await db.$transaction(async (tx) => {
      await tx.$executeRaw`LOCK TABLE "ItemCache" IN SHARE ROW EXCLUSIVE MODE`;
      await preferParallel(tx);
      return (await refreshItemCells(tx, quizId)).state;
    }, repeatableRead);
    expect(state).toBe("rebuilt");
    await expectSameAsReference(quizId);
    const [later] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "ItemCell" WHERE "quizId" = ${quizId} AND NOT first`;
    expect(later?.n).toBeGreaterThan(0);
  });

  test("the statement that groups every answer can be run by parallel workers (an INSERT … SELECT cannot)", async (context) => {
    const plans = await db.$transaction(async (tx) => {
      await preferParallel(tx);
      const explain = async (statement: Prisma.Sql) => (await tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${statement}`).map((row) => row["QUERY PLAN"]).join("\n");
      return {
        // Embedded PGlite runs no parallel workers at all: then there is nothing to check.
        control: await explain(Prisma.sql`SELECT count(*) FROM "AttemptAnswer"`),
        cells: await explain(Prisma.sql`CREATE TEMPORARY TABLE item_plan AS ${cellsOfEveryAnswer("itest.plan", "{a,b}", "2026-01-01")}`),
      };
    });
    if (!plans.control.includes("Gather")) context.skip();
    expect(plans.cells).toMatch(/Gather/);
  });

  test("reports read at the same moment count each attempt once", async () => {
    const { quizId, submit } = await setUp();
    await submit(40, 0);
    const [a, b, c] = await Promise.all([getItemRows(quizId, "all"), getItemRows(quizId, "first"), getItemRows(quizId, "all")]);
    expect(a).toEqual(asItemRows(await reference(quizId, "all")));
    expect(c).toEqual(a);
    expect(b).toEqual(asItemRows(await reference(quizId, "first")));
  });
});
