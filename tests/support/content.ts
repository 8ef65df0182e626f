// Typed accessors for content fixtures. A missing fixture fails with its name here, instead of a
// `!` that turns into a TypeError somewhere later.
import type { Quiz } from "../../lib/content/catalog";
import type { Question } from "../../lib/content/schema";

/** `value`, or a thrown error naming the fixture that is missing. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`test fixture missing: ${what}`);
  return value;
}

/** The first lesson of a track in a catalog. */
export const firstLessonOf = <L>(tracks: { slug: string; lessons: L[] }[], track: string): L =>
  present(tracks.find((t) => t.slug === track)?.lessons[0], `first lesson of track "${track}"`);

/** A question of a quiz, by id. */
export const questionOf = (quiz: Pick<Quiz, "id" | "questions">, id: string): Question => present(quiz.questions.find((q) => q.id === id), `question "${id}" of ${quiz.id}`);
