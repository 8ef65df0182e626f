import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { listTracks } from "@/lib/content/load";
import { getProgressRecords, markLessonComplete, unmarkLessonComplete } from "@/lib/db/queries/progress";
import { createUser } from "@/lib/db/queries/users";

const lessonId = listTracks()[0]!.lessons[0]!.id;
const newUser = () => createUser({ email: `${randomUUID()}@example.test`, name: "T", passwordHash: "x" });

describe("lesson completion against a real PostgreSQL", () => {
  test("concurrent marks of one lesson all succeed and agree on one date", async () => {
    const user = await newUser();
    const results = await Promise.all(Array.from({ length: 8 }, () => markLessonComplete(user.id, lessonId)));
    expect(new Set(results.map((r) => r.completedAt)).size).toBe(1);
    expect((await getProgressRecords(user.id)).completedLessons).toEqual([{ lessonId, completedAt: results[0]!.completedAt }]);
  });

  test("marking again keeps the first date; un-marking touches only the caller's row", async () => {
    const [user, other] = await Promise.all([newUser(), newUser()]);
    const first = await markLessonComplete(user.id, lessonId);
    await markLessonComplete(other.id, lessonId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await markLessonComplete(user.id, lessonId)).toEqual(first);

    expect(await unmarkLessonComplete(user.id, lessonId)).toEqual({ lessonId, completedAt: null });
    expect(await unmarkLessonComplete(user.id, lessonId)).toEqual({ lessonId, completedAt: null });
    expect((await getProgressRecords(user.id)).completedLessons).toEqual([]);
    expect((await getProgressRecords(other.id)).completedLessons.map((c) => c.lessonId)).toEqual([lessonId]);
  });
});
