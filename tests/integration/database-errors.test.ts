import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/queries/users";
import { dbFailureOf, toAppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

// What PostgreSQL itself refuses must reach the client as a 4xx, never as a 500, even when a
// request slips past the zod schemas (which refuse these strings first).
describe("database errors map to 4xx", () => {
  test("a NUL character in a text column is a 400", async () => {
    const error = await db.user.create({ data: { email: `${randomUUID()}@example.test`, name: "a\u0000b", passwordHash: "x" } }).catch((e: unknown) => e);
    expect(toAppError(error)).toMatchObject({ code: "validation", status: 400 });
  });

  test("an unpaired surrogate in a text column is a 400", async () => {
    const error = await db.user.create({ data: { email: `${randomUUID()}@example.test`, name: "a\ud800b", passwordHash: "x" } }).catch((e: unknown) => e);
    expect(toAppError(error)).toMatchObject({ code: "validation", status: 400 });
  });

  test("a NUL character in a jsonb column is a 400", async () => {
    const user = await db.user.create({ data: { email: `${randomUUID()}@example.test`, name: "T", passwordHash: "x" } });
    const version = await db.quizVersion.upsert({ where: { contentHash: "nul-test" }, create: { contentHash: "nul-test", quizId: "x.y", body: {} }, update: {} });
    const attempt = await db.quizAttempt.create({ data: { userId: user.id, quizId: "x.y", contentHash: version.contentHash, seed: 1, maxScore: 1, submittedAt: new Date() } });
    const error = await db.attemptAnswer
      .create({ data: { attemptId: attempt.id, questionId: "q", answer: "a\u0000b" as Prisma.InputJsonValue, correct: false, points: 0 } })
      .catch((e: unknown) => e);
    expect(toAppError(error)).toMatchObject({ code: "validation", status: 400 });
  });

  test("a row that refers to a deleted user is a 409, not a 500", async () => {
    const error = await db.lessonProgress.create({ data: { userId: "no-such-user", lessonId: "flask.philosophy" } }).catch((e: unknown) => e);
    expect(toAppError(error)).toMatchObject({ code: "conflict", status: 409 });
  });

  test("a real unique violation, foreign-key violation and missing row map through the one error map", async () => {
    const email = `${randomUUID()}@example.test`;
    await db.user.create({ data: { email, name: "T", passwordHash: "x" } });
    const duplicate = await db.user.create({ data: { email, name: "T", passwordHash: "x" } }).catch((e: unknown) => e);
    expect(dbFailureOf(duplicate)).toBe("unique");
    expect(toAppError(duplicate)).toMatchObject({ code: "conflict", status: 409 });
    await expect(createUser({ email, name: "T", passwordHash: "x" })).rejects.toMatchObject({ code: "conflict", message: "An account with this email already exists." });
    const orphan = await db.lessonProgress.create({ data: { userId: "no-such-user", lessonId: "flask.philosophy" } }).catch((e: unknown) => e);
    expect(dbFailureOf(orphan)).toBe("foreign_key");
    const missing = await db.user.update({ where: { id: "no-such-user" }, data: { name: "x" } }).catch((e: unknown) => e);
    expect(dbFailureOf(missing)).toBe("not_found");
    expect(toAppError(missing)).toMatchObject({ code: "not_found", status: 404 });
  });
});
