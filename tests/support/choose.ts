// For chooser tests: a learner who answers one track's first quiz all right, and the mastery
// counts the chooser should then report for that track.
import { expect, type APIRequestContext } from "@playwright/test";
import type { Question } from "../../lib/content/schema";
import { catalog } from "./http";

/** Submits the track's first quiz with every drawn question right; returns the expected counts. */
export async function aceFirstQuiz(request: APIRequestContext, trackSlug: string) {
  const track = catalog.tracks.find((t) => t.slug === trackSlug)!;
  const quiz = track.lessons[0]!.quiz;
  const started = await request.post(`/api/quizzes/${quiz.id}/attempts`);
  expect(started.ok()).toBe(true);
  const { attempt } = (await started.json()) as { attempt: { id: string; questions: { id: string }[] } };
  const key = new Map<string, Question>(quiz.questions.map((q) => [q.id, q]));
  const answers = attempt.questions.map(({ id }) => {
    const q = key.get(id)!;
    return { questionId: id, answer: q.type === "short_text" ? q.accept[0] : q.answer };
  });
  expect((await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers } })).ok()).toBe(true);
  // Proficient: every concept of the answered questions (all right). Core: every concept the track's quizzes cover.
  const proficient = new Set(attempt.questions.flatMap(({ id }) => key.get(id)!.concepts)).size;
  const total = new Set(track.lessons.flatMap((l) => l.quiz.questions.flatMap((q) => q.concepts))).size;
  return { proficient, total, nextLesson: track.lessons[1] ?? null };
}
