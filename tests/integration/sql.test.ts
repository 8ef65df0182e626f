// lib/db/sql.ts against a real PostgreSQL: parameters stay parameters, nested fragments renumber,
// and `timestamp` columns (how Prisma stores DateTime, in UTC) read the same as Prisma reads them,
// whatever the process's time zone.
import { afterEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { queryRows, sql, textArray, utcTimestamp } from "@/lib/db/sql";
import { dbFailureOf, toAppError } from "@/lib/errors";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("statements sent straight to the pool", () => {
  test("values are parameters, and a nested fragment's parameters are renumbered", () => {
    const inner = sql`x = ${"a"} AND y = ${2}`;
    const outer = sql`SELECT ${"first"} WHERE ${inner} OR z = ${"last"}`;
    expect(outer.text).toBe("SELECT $1 WHERE x = $2 AND y = $3 OR z = $4");
    expect(outer.values).toEqual(["first", "a", 2, "last"]);
  });

  test("a value that looks like SQL is only ever a value", async () => {
    const hostile = "'; DROP TABLE \"User\"; --";
    const [row] = await queryRows<{ echoed: string }>(sql`SELECT ${hostile}::text AS echoed`);
    expect(row?.echoed).toBe(hostile);
  });

  test("a list spelled once as an array literal reads back as the same strings, quotes, backslashes and braces included", async () => {
    const values = ["flask.routing/q1", 'say "hi"', "back\\slash", "{braces}, commas", "NULL", "", "  spaced  ", "ünï"];
    expect(textArray(values)).toBe(textArray(values));
    const [row] = await queryRows<{ list: string[] }>(sql`SELECT ${textArray(values)}::text[] AS list`);
    expect(row!.list).toEqual(values);
  });

  test("timestamps read as UTC in any process time zone, and match Prisma's reading", async () => {
    process.env.TZ = "America/New_York";
    const when = new Date("2026-03-08T07:30:00.123Z"); // the hour New York's clocks jump
    const [row] = await queryRows<{ at: Date }>(sql`SELECT ${utcTimestamp(when)} AS at`);
    expect(row?.at.toISOString()).toBe(when.toISOString());
    const [viaPrisma] = await db.$queryRaw<{ at: Date }[]>`SELECT (${when.toISOString()}::timestamptz AT TIME ZONE 'UTC') AS at`;
    expect(viaPrisma?.at.toISOString()).toBe(when.toISOString());
  });

  test("pg's own errors mean what Prisma's do: a unique or foreign-key violation is a 409, not a 500", async () => {
    const failure = (statement: ReturnType<typeof sql>) => queryRows(statement).then(() => null, (error: unknown) => error);
    const fk = await failure(sql`INSERT INTO "QuizAttempt" (id, "userId", "quizId", "contentHash", seed, "maxScore") VALUES (${`fk${Date.now()}`}, 'no-such-user', 'q', 'h', 1, 1)`);
    expect(dbFailureOf(fk)).toBe("foreign_key");
    expect(toAppError(fk).code).toBe("conflict");
    const sid = `dup-${Date.now()}`;
    await queryRows(sql`INSERT INTO "RevokedSession" (sid, "expiresAt") VALUES (${sid}, now())`);
    const unique = await failure(sql`INSERT INTO "RevokedSession" (sid, "expiresAt") VALUES (${sid}, now())`);
    expect(dbFailureOf(unique)).toBe("unique");
    expect(toAppError(unique).code).toBe("conflict");
  });

  test("a prepared statement is named on its connection and still takes each call's values", async () => {
    // The statement looks itself up among its connection's named statements (the marker is in its own text).
    const probe = (n: number, prepare: boolean) =>
      queryRows<{ n: number; named: number }>(
        sql`SELECT ${n}::int AS n, (SELECT count(*)::int FROM pg_prepared_statements WHERE statement LIKE '%prepared-probe-marker%' AND name LIKE 'fw_%') AS named`,
        { prepare },
      );
    for (const n of [1, 2, 3]) expect(await probe(n, true)).toEqual([{ n, named: 1 }]);
    const unnamed = sql`SELECT ${4}::int AS n, (SELECT count(*)::int FROM pg_prepared_statements WHERE statement LIKE '%unnamed-probe-marker%') AS named`;
    expect(await queryRows(unnamed)).toEqual([{ n: 4, named: 0 }]);
  });
});
