import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { getQuiz, listTracks } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { startAttempt, submitAttempt } from "@/lib/attempts/service";
import { createUser } from "@/lib/db/queries/users";

const quiz = getQuiz(`flask.${listTracks().find((t) => t.slug === "flask")!.lessons[0]!.slug}`)!;

test("five concurrent starts of one quiz create one open attempt and all get it", async () => {
  const user = await createUser({ email: `${randomUUID()}@example.test`, name: "T", passwordHash: "x" });
  const starts = await Promise.all(Array.from({ length: 5 }, () => startAttempt(user.id, quiz)));
  expect(new Set(starts.map((s) => s.attempt.id)).size).toBe(1);
  expect(starts.filter((s) => s.created)).toHaveLength(1);
  expect(await db.quizAttempt.count({ where: { userId: user.id, quizId: quiz.id } })).toBe(1);

  // Once it is submitted, the next start opens a new one.
  await submitAttempt(user.id, starts[0]!.attempt.id, { answers: [] });
  const next = await startAttempt(user.id, quiz);
  expect(next.created).toBe(true);
  expect(next.attempt.id).not.toBe(starts[0]!.attempt.id);
});

test("the database itself refuses a second open attempt for the same quiz", async () => {
  const user = await createUser({ email: `${randomUUID()}@example.test`, name: "T", passwordHash: "x" });
  const { attempt } = await startAttempt(user.id, quiz);
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
  await expect(db.quizAttempt.create({ data: { userId: user.id, quizId: quiz.id, contentHash: row.contentHash, seed: 1, maxScore: 1 } })).rejects.toMatchObject({ code: "P2002" });
});
