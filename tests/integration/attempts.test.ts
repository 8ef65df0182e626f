import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getQuiz, listTracks } from "@/lib/content/load";
import { getAttempt, startAttempt, submitAttempt } from "@/lib/attempts/service";
import { getProgressRecords } from "@/lib/db/queries/progress";
import { createUser } from "@/lib/db/queries/users";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const quiz = getQuiz(`flask.${listTracks().find((t) => t.slug === "flask")!.lessons[0]!.slug}`)!;
const newUser = () => createUser({ email: `${randomUUID()}@example.test`, name: "T", passwordHash: "x" });
const codeOf = (e: unknown) => (e instanceof AppError ? e.code : String(e));

describe("attempts against a real PostgreSQL", () => {
  test("ten concurrent submits of one attempt: exactly one is graded, the rest conflict", async () => {
    const user = await newUser();
    const { attempt } = await startAttempt(user.id, quiz);
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => submitAttempt(user.id, attempt.id, { answers: [] })));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => codeOf((o as PromiseRejectedResult).reason))).toEqual(Array(9).fill("conflict"));
    expect(await db.attemptAnswer.count({ where: { attemptId: attempt.id } })).toBe(attempt.questions.length);
  });

  test("start and submit store their times in UTC, as Prisma reads them back", async () => {
    const user = await newUser();
    const before = Date.now();
    const { attempt } = await startAttempt(user.id, quiz);
    await submitAttempt(user.id, attempt.id, { answers: [] });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    for (const at of [new Date(attempt.startedAt), row.startedAt, row.submittedAt!]) expect(Math.abs(at.getTime() - before)).toBeLessThan(60_000);
  });

  test("an attempt belongs to its owner only", async () => {
    const [owner, other] = await Promise.all([newUser(), newUser()]);
    const { attempt } = await startAttempt(owner.id, quiz);
    await expect(getAttempt(other.id, attempt.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(submitAttempt(other.id, attempt.id, { answers: [] })).rejects.toMatchObject({ code: "not_found" });
    expect((await getAttempt(owner.id, attempt.id)).result).toBeNull();
  });

  test("a submission with a wrongly shaped answer is refused and stores nothing", async () => {
    const user = await newUser();
    const { attempt } = await startAttempt(user.id, quiz);
    const question = attempt.questions[0]!;
    const error = await submitAttempt(user.id, attempt.id, { answers: [{ questionId: question.id, answer: { nope: 1 } }] }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("validation");
    expect(JSON.stringify(error.issues)).toContain(question.id);
    expect(await db.attemptAnswer.count({ where: { attemptId: attempt.id } })).toBe(0);
    expect((await getAttempt(user.id, attempt.id)).attempt.submittedAt).toBeNull();
  });

  test("grading uses the stored quiz version, not the file as it is now", async () => {
    const user = await newUser();
    const { attempt } = await startAttempt(user.id, quiz);
    const edited = { ...quiz, contentHash: "edited-version", questions: quiz.questions.map((q) => ({ ...q, explanation: "Changed later." })) };
    const again = await startAttempt(user.id, edited);
    expect(again.created).toBe(false);
    const result = await submitAttempt(user.id, attempt.id, { answers: [] });
    expect(result.questions.every((q) => q.explanation !== "Changed later.")).toBe(true);
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(row.contentHash).toBe(quiz.contentHash);
  });

  test("progress records count only this user's submitted attempts", async () => {
    const [user, other] = await Promise.all([newUser(), newUser()]);
    const mine = await startAttempt(user.id, quiz);
    await submitAttempt(user.id, mine.attempt.id, { answers: [] });
    await startAttempt(user.id, quiz); // open, not submitted
    const theirs = await startAttempt(other.id, quiz);
    await submitAttempt(other.id, theirs.attempt.id, { answers: [] });

    const records = await getProgressRecords(user.id);
    expect(records.quizzes).toEqual([{ quizId: quiz.id, bestPercent: 0, attempts: 1 }]);
    expect(records.recentAttempts.map((a) => a.attemptId)).toEqual([mine.attempt.id]);
  });

  test("a duplicate email is a conflict", async () => {
    const email = `${randomUUID()}@example.test`;
    await createUser({ email, name: "A", passwordHash: "x" });
    await expect(createUser({ email, name: "B", passwordHash: "y" })).rejects.toMatchObject({ code: "conflict" });
  });
});
