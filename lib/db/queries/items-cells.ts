import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;
export type Refresh = { state: "fresh" | "added" | "rebuilt" | "empty"; upTo: string | null };

/**
 * Brings a quiz's counted cells (ItemCell, ItemTotal; see ItemCache in prisma/schema.prisma) up to
 * date with its submitted attempts, and returns `upTo`: the report counts the attempts submitted
 * after it on the fly. Call it first in a REPEATABLE READ transaction: its LOCK is taken before the
 * snapshot, so concurrent reports update the cells one after the other and each sees the other's work.
 *
 * A submitted attempt never changes (its answers are stored in the statement that submits it); it
 * can only be deleted with its learner. So the cells of the attempts submitted up to `upTo` stay
 * right as long as those attempts are still exactly the ones counted: same number, same sum of
 * hashtext(id). Then only the attempts submitted since are added, up to a minute ago: a submit still
 * in flight carries a submittedAt from before it commits, and counting past it would make the next
 * report rebuild. Anything else (a deletion, an attempt committed that late, a new attempt that
 * started before a counted one of the same learner and so takes over "first") rebuilds the quiz's
 * cells from all its attempts.
 */
export async function refreshItemCells(tx: Tx, quizId: string): Promise<Refresh> {
  await tx.$executeRaw`LOCK TABLE "ItemCache" IN SHARE ROW EXCLUSIVE MODE`;
  // For this transaction only: sorting and hashing the attempts of a rebuild fit in memory at 100k
  // attempts instead of spilling; no JIT (a statement past jit_above_cost spent 0.65 s compiling
  // here, more than it ran); no Memoize over attempt ids, which never repeat (it cost the report's
  // lookups of answers by attempt a third more: 0.19 s of CPU against 0.14 s).
  await tx.$queryRaw`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true), set_config('enable_memoize', 'off', true)`;
  // upTo goes back as a value, not a subquery, so the planner sees how few attempts are newer.
  const cached = (await tx.$queryRaw<{ attempts: number; checksum: bigint; upTo: string }[]>`
    SELECT attempts, checksum, "upTo"::text AS "upTo" FROM "ItemCache" WHERE "quizId" = ${quizId}`)[0];
  // Nothing counted yet (the first report of a quiz): the rebuild finds where to count up to itself.
  if (cached === undefined) return rebuild(tx, quizId, null);
  const upTo = Prisma.sql`${cached.upTo}::timestamp(3)`;
  const [now] = await tx.$queryRaw<{ counted: number; checksum: bigint; added: number; settled: string | null }[]>`
    SELECT count(*) FILTER (WHERE a."submittedAt" <= ${upTo})::int AS counted,
           coalesce(sum(hashtext(a.id)) FILTER (WHERE a."submittedAt" <= ${upTo}), 0)::bigint AS checksum,
           count(*) FILTER (WHERE a."submittedAt" > ${upTo})::int AS added,
           (max(a."submittedAt") FILTER (WHERE a."submittedAt" <= ${settledBefore}))::text AS settled
    FROM "QuizAttempt" a WHERE a."quizId" = ${quizId} AND a."submittedAt" IS NOT NULL`;
  const settled = now?.settled ?? null;
  let valid = cached.attempts === now?.counted && cached.checksum === now.checksum;
  if (valid && (now?.added === 0 || settled === cached.upTo)) return { state: "fresh", upTo: cached.upTo };
  if (settled === null) {
    await clear(tx, quizId);
    return { state: "empty", upTo: null };
  }
  if (valid) {
    const [conflict] = await tx.$queryRaw<{ found: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM "QuizAttempt" a
        WHERE a."quizId" = ${quizId} AND a."submittedAt" > ${upTo} AND EXISTS (
          SELECT 1 FROM "QuizAttempt" b WHERE b."userId" = a."userId" AND b."quizId" = a."quizId"
            AND b."submittedAt" <= ${upTo} AND (a."startedAt", a.id) < (b."startedAt", b.id))
      ) AS found`;
    valid = conflict?.found === false;
  }
  if (!valid) return rebuild(tx, quizId, settled);
  const until = Prisma.sql`${settled}::timestamp(3)`;
  await add(tx, quizId, upTo, until);
  await tx.$executeRaw`
    INSERT INTO "ItemCache" ("quizId", "upTo", attempts, checksum, "updatedAt")
    SELECT ${quizId}, ${until}, count(*)::int, sum(hashtext(id)), now() FROM "QuizAttempt"
    WHERE "quizId" = ${quizId} AND "submittedAt" <= ${until}
    ON CONFLICT ("quizId") DO UPDATE SET "upTo" = EXCLUDED."upTo", attempts = EXCLUDED.attempts, checksum = EXCLUDED.checksum, "updatedAt" = EXCLUDED."updatedAt"`;
  return { state: "added", upTo: settled };
}

/** Attempts submitted before this are counted into the cells; later ones on the fly (see above). */
const settledBefore = Prisma.sql`(now() AT TIME ZONE 'UTC') - interval '1 minute'`;

async function clear(tx: Tx, quizId: string) {
  await tx.$executeRaw`DELETE FROM "ItemCell" WHERE "quizId" = ${quizId}`;
  await tx.$executeRaw`DELETE FROM "ItemTotal" WHERE "quizId" = ${quizId}`;
  await tx.$executeRaw`DELETE FROM "ItemCache" WHERE "quizId" = ${quizId}`;
}

/** "first": the learner's earliest submitted attempt by startedAt, then id (whether counted yet or not). */
export const isFirst = Prisma.sql`NOT EXISTS (SELECT 1 FROM "QuizAttempt" b WHERE b."userId" = a."userId" AND b."quizId" = a."quizId"
  AND b."submittedAt" IS NOT NULL AND (b."startedAt", b.id) < (a."startedAt", a.id))`;

/**
 * Counts every attempt submitted up to `settled` (when null: up to the latest submitted more than a
 * minute ago), writing the cells, ItemTotal and ItemCache afresh.
 *
 * Grouping every answer of the quiz is the one step whose cost grows with the answers (~0.4 s of
 * CPU at 700,000): it runs as CREATE TABLE AS, which PostgreSQL 15 can hand to parallel workers (an
 * INSERT … SELECT it never does), and the few hundred cells are copied from there. The workers can
 * neither read a temporary table nor run the window that picks each learner's first attempt, so the
 * attempts that are not first come back from the statement before as an array literal, one text
 * value (an array parameter costs Prisma ~0.1 s at 20,000 ids), and go in as a constant that
 * PostgreSQL hashes: one lookup per answer. The workers run in the transaction's snapshot, so both
 * statements see the same attempts, and the cells are written under the caller's LOCK like any other.
 */
async function rebuild(tx: Tx, quizId: string, settled: string | null): Promise<Refresh> {
  await clear(tx, quizId);
  const [counted] = await tx.$queryRaw<{ until: string | null; later: string }[]>`
    WITH f AS MATERIALIZED (
      SELECT a.id, a.score AS total, a."submittedAt", row_number() OVER (PARTITION BY a."userId" COLLATE "C" ORDER BY a."startedAt", a.id) = 1 AS first
      FROM "QuizAttempt" a WHERE a."quizId" = ${quizId} AND a."submittedAt" IS NOT NULL
    ),
    lim AS (SELECT coalesce(${settled}::timestamp(3), max("submittedAt") FILTER (WHERE "submittedAt" <= ${settledBefore})) AS until FROM f),
    c AS (SELECT f.id, f.total, f.first, lim.until FROM f JOIN lim ON f."submittedAt" <= lim.until),
    totals AS (
      INSERT INTO "ItemTotal" ("quizId", first, total, n) SELECT ${quizId}, first, total, count(*)::int FROM c GROUP BY first, total
    ),
    cache AS (
      INSERT INTO "ItemCache" ("quizId", "upTo", attempts, checksum, "updatedAt")
      SELECT ${quizId}, until, count(*)::int, sum(hashtext(id)), now() FROM c GROUP BY until
    )
    SELECT (SELECT until::text FROM lim) AS until, coalesce((SELECT array_agg(id) FROM c WHERE NOT first), '{}')::text AS later`;
  const until = counted?.until ?? null;
  if (until === null) return { state: "empty", upTo: null };
  await tx.$executeRaw`CREATE TEMPORARY TABLE item_cells ON COMMIT DROP AS ${cellsOfEveryAnswer(quizId, counted?.later ?? "{}", until)}`;
  await tx.$executeRaw`
    INSERT INTO "ItemCell" ("quizId", first, "questionId", x, total, answer, n) SELECT ${quizId}, first, "questionId", x, total, answer, n FROM item_cells`;
  await tx.$executeRaw`DROP TABLE item_cells`;
  return { state: "rebuilt", upTo: until };
}

/**
 * The cells of every attempt submitted up to `until`, from all their answers; `later` lists the
 * attempts that are not their learner's first, as an array literal.
 */
export function cellsOfEveryAnswer(quizId: string, later: string, until: string): Prisma.Sql {
  return Prisma.sql`
    SELECT NOT (a.id = ANY(${later}::text[])) AS first, w."questionId", w.points AS x, a.score AS total, w.answer, count(*)::int AS n
    FROM "QuizAttempt" a JOIN "AttemptAnswer" w ON w."attemptId" = a.id
    WHERE a."quizId" = ${quizId} AND a."submittedAt" <= ${until}::timestamp(3)
    GROUP BY 1, 2, 3, 4, 5`;
}

/** Counts the attempts submitted after upTo, up to `until` (none of them displaces a counted first attempt: checked). */
async function add(tx: Tx, quizId: string, upTo: Prisma.Sql, until: Prisma.Sql) {
  const attempts = Prisma.sql`SELECT a.id, a.score AS total, ${isFirst} AS first
    FROM "QuizAttempt" a WHERE a."quizId" = ${quizId} AND a."submittedAt" > ${upTo} AND a."submittedAt" <= ${until}`;
  await insertCells(tx, quizId, attempts);
  // Merge the new cells into the old ones: a few hundred rows per quiz.
  await tx.$executeRaw`
    WITH old AS (DELETE FROM "ItemCell" WHERE "quizId" = ${quizId} RETURNING first, "questionId", x, total, answer, n)
    INSERT INTO "ItemCell" ("quizId", first, "questionId", x, total, answer, n)
    SELECT ${quizId}, first, "questionId", x, total, answer, sum(n)::int FROM old GROUP BY first, "questionId", x, total, answer`;
  await tx.$executeRaw`
    WITH old AS (DELETE FROM "ItemTotal" WHERE "quizId" = ${quizId} RETURNING first, total, n)
    INSERT INTO "ItemTotal" ("quizId", first, total, n) SELECT ${quizId}, first, total, sum(n)::int FROM old GROUP BY first, total`;
}

/** The answers (w) of attempts s, each attempt's through the (attemptId, questionId) index: OFFSET 0 keeps the planner from scanning them all. */
export const answersOf = Prisma.sql`CROSS JOIN LATERAL (SELECT "questionId", points, answer FROM "AttemptAnswer" WHERE "attemptId" = s.id OFFSET 0) w`;

/** Counts `attempts` (id, total, first) and their answers into new cells. */
async function insertCells(tx: Tx, quizId: string, attempts: Prisma.Sql) {
  await tx.$executeRaw`
    INSERT INTO "ItemCell" ("quizId", first, "questionId", x, total, answer, n)
    SELECT ${quizId}, s.first, w."questionId", w.points, s.total, w.answer, count(*)::int
    FROM (${attempts}) s ${answersOf}
    GROUP BY s.first, w."questionId", w.points, s.total, w.answer`;
  await tx.$executeRaw`
    INSERT INTO "ItemTotal" ("quizId", first, total, n)
    SELECT ${quizId}, s.first, s.total, count(*)::int FROM (${attempts}) s GROUP BY s.first, s.total`;
}
