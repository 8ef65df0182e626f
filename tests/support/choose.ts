// For chooser tests: a learner who answers one track's first quiz all right, and the dashboard's
// mastery counts for a track, which the chooser should repeat.
import { expect, type APIRequestContext } from "@playwright/test";
import type { Question } from "../../lib/content/schema";
import { catalog } from "./http";
import { expectedAnswer } from "../../lib/quiz/answer-key";

/** Submits the track's first quiz with every drawn question right. */
export async function aceFirstQuiz(request: APIRequestContext, trackSlug: string) {
  const track = catalog.tracks.find((t) => t.slug === trackSlug)!;
  const quiz = track.lessons[0]!.quiz;
  const started = await request.post(`/api/quizzes/${quiz.id}/attempts`);
  expect(started.ok()).toBe(true);
  const { attempt } = (await started.json()) as { attempt: { id: string; questions: { id: string }[] } };
  const key = new Map<string, Question>(quiz.questions.map((q) => [q.id, q]));
  const answers = attempt.questions.map(({ id }) => {
    const q = key.get(id)!;
    return { questionId: id, answer: expectedAnswer(q) };
  });
  expect((await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers } })).ok()).toBe(true);
  return { nextLesson: track.lessons[1] ?? null };
}

/** What the dashboard's mastery grid says of one framework: the counts the chooser must repeat. */
export async function dashboardCounts(request: APIRequestContext, trackSlug: string) {
  type Cell = { track: string; level: string | null };
  const { mastery } = (await (await request.get("/api/me/progress")).json()) as { mastery: { rows: { cells: Cell[] }[] } };
  const cells = mastery.rows.flatMap((r) => r.cells).filter((c) => c.track === trackSlug && c.level !== null);
  return { proficient: cells.filter((c) => c.level === "proficient" || c.level === "mastered").length, total: cells.length };
}
