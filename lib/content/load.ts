import "server-only";
import path from "node:path";
import type { Catalog, Lesson, Quiz, Track } from "./catalog";
import type { ComparePage } from "./compare";
import { readCatalog } from "./read";

let cached: { catalog: Catalog; lessons: Map<string, Lesson>; quizzes: Map<string, Quiz> } | undefined;

function load() {
  if (cached) return cached;
  const { catalog, problems } = readCatalog(path.join(process.cwd(), "content"));
  if (problems.length) throw new Error(`content/ has ${problems.length} problem(s); run \`npm run content:check\`:\n${problems.join("\n")}`);
  const lessons = new Map(catalog.tracks.flatMap((t) => t.lessons.map((l) => [l.id, l] as const)));
  const quizzes = new Map([...[...lessons.values()].map((l) => l.quiz), ...catalog.compare.map((p) => p.quiz)].map((q) => [q.id, q] as const));
  cached = { catalog, lessons, quizzes };
  return cached;
}

/** The whole curriculum, read from content/ once per process. */
export const getCatalog = (): Catalog => load().catalog;
export const listTracks = (): Track[] => load().catalog.tracks;
export const getTrack = (slug: string): Track | undefined => listTracks().find((t) => t.slug === slug);
/** Where a newcomer starts: the first lesson of the track marked `start: true` in its track.md, else of the first track. */
export function getStart(): { track: Track; lesson: Lesson } | undefined {
  const track = listTracks().find((t) => t.start) ?? listTracks()[0];
  const lesson = track?.lessons[0];
  return track && lesson ? { track, lesson } : undefined;
}
export const getLesson = (track: string, slug: string): Lesson | undefined => load().lessons.get(`${track}.${slug}`);
export const getLessonById = (id: string): Lesson | undefined => load().lessons.get(id);
/** A lesson's quiz ("<track>.<lesson>") or a compare page's ("compare.<concept>"). */
export const getQuiz = (quizId: string): Quiz | undefined => load().quizzes.get(quizId);
/** Every quiz id: lessons' and compare pages'. */
export const listQuizIds = (): string[] => [...load().quizzes.keys()];
export const listComparePages = (): ComparePage[] => load().catalog.compare;
export const getComparePage = (concept: string): ComparePage | undefined => listComparePages().find((p) => p.concept === concept);
export const getComparePageByQuizId = (quizId: string): ComparePage | undefined => listComparePages().find((p) => p.quiz.id === quizId);
export const getLessonByQuizId = (quizId: string): Lesson | undefined => load().lessons.get(quizId);

/** Lessons before and after this one within its track. */
export function getNeighbours(lesson: Lesson): { previous?: Lesson; next?: Lesson } {
  const lessons = getTrack(lesson.track)?.lessons ?? [];
  const i = lessons.findIndex((l) => l.id === lesson.id);
  return { previous: lessons[i - 1], next: lessons[i + 1] };
}
