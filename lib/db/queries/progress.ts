import "server-only";
import { compareQuizzesOf } from "@/lib/content/compare";
import { getCatalog, getComparePage, listQuizIds } from "@/lib/content/load";
import { BASELINE, FRAMEWORKS, isFramework, type Framework } from "@/lib/content/frameworks";
import { db } from "@/lib/db/client";
import { buildMastery, type ConceptMastery } from "@/lib/progress/mastery";
import type { ProgressRecords } from "@/lib/progress/stats";
import { getProgressRow, getQuestionResultRows } from "./progress-sql";
import { routes } from "@/lib/routes";

/**
 * Everything the dashboard needs for one user, aggregated in SQL in a single statement.
 * Days are counted in `timeZone` (an IANA name, already validated) when given, else in the zone
 * stored on the user, else in UTC; the records say which.
 */
export async function getProgressRecords(userId: string, options: { timeZone?: string; quizIds?: readonly string[] } = {}): Promise<ProgressRecords> {
  const quizIds = options.quizIds ?? listQuizIds();
  return recordsOf(await inZoneOrUtc(options.timeZone ?? null, (zone) => getProgressRow(userId, quizIds, zone)));
}

/** The progress row's columns as ProgressRecords. */
export const recordsOf = (row: Awaited<ReturnType<typeof getProgressRow>>): ProgressRecords => ({
  completedLessons: row.lessons,
  quizzes: row.quizzes,
  recentAttempts: row.recent,
  activity: row.activity,
  questionResults: row.results,
  timeZone: row.timeZone,
});

/**
 * Just what one track's progress bar needs (lessons read, best score per quiz): two indexed
 * queries, rather than the dashboard's whole statement, since every lesson view asks for it.
 */
export async function getTrackRecords(userId: string, ids: { lessonIds: string[]; quizIds: string[] }): Promise<Pick<ProgressRecords, "completedLessons" | "quizzes">> {
  const [completed, quizzes] = await Promise.all([
    db.lessonProgress.findMany({ where: { userId, lessonId: { in: ids.lessonIds } }, select: { lessonId: true, completedAt: true } }),
    db.quizAttempt.groupBy({
      by: ["quizId"],
      where: { userId, quizId: { in: ids.quizIds }, submittedAt: { not: null } },
      _max: { percent: true },
      _count: { _all: true },
    }),
  ]);
  return {
    completedLessons: completed.map((c) => ({ lessonId: c.lessonId, completedAt: c.completedAt.toISOString() })),
    quizzes: quizzes.map((q) => ({ quizId: q.quizId, bestPercent: q._max.percent ?? 0, attempts: q._count._all })),
  };
}

export type LessonCompletion = { lessonId: string; completedAt: string | null };

function isUnknownTimeZone(error: unknown): boolean {
  return /time zone .* not recognized/i.test(String((error as { message?: unknown })?.message ?? ""));
}

/** Runs `query` in `zone`; a zone Intl knows but this PostgreSQL's tz database does not (a newer name): in UTC. */
export async function inZoneOrUtc<T>(zone: string | null, query: (zone: string | null) => Promise<T>): Promise<T> {
  try {
    return await query(zone);
  } catch (error) {
    if (!isUnknownTimeZone(error)) throw error;
    return query("UTC");
  }
}

/**
 * One concept's mastery per framework (the dashboard grid's row), for a compare page's island.
 * Reads only the quizzes that have a question on the concept. Null for an unknown concept.
 */
export async function getConceptMastery(userId: string, conceptId: string): Promise<ConceptMastery | null> {
  const catalog = getCatalog();
  const concept = catalog.concepts.find((c) => c.id === conceptId);
  if (!concept) return null;
  const compareQuizzes = compareQuizzesOf(catalog.compare);
  const touches = (quiz: { questions: { concepts: string[] }[] }) => quiz.questions.some((q) => q.concepts.includes(conceptId));
  const quizIds = [...catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz)), ...compareQuizzes].filter(touches).map((q) => q.id);
  const results = quizIds.length ? await inZoneOrUtc(null, (zone) => getQuestionResultRows(userId, quizIds, zone)) : [];
  const grid = buildMastery(catalog.tracks, [concept], results, compareQuizzes);
  const cells = new Map(grid.rows[0]?.cells.map((c) => [c.track, c]));
  const page = getComparePage(conceptId);
  return {
    concept: { id: concept.id, title: concept.title },
    frameworks: FRAMEWORKS.map((framework) => {
      const cell = cells.get(framework);
      return { framework, level: cell?.level ?? null, percent: cell?.percent ?? null, questions: cell?.questions ?? 0, answered: cell?.answered ?? 0 };
    }),
    quiz: page ? { id: page.quiz.id, href: routes.compareQuiz(page.concept) } : null,
  };
}

/** Marks a lesson read; marking it twice keeps the first date. */
export async function markLessonComplete(userId: string, lessonId: string): Promise<LessonCompletion> {
  // INSERT … ON CONFLICT DO NOTHING: concurrent first marks (a double click) cannot collide the
  // way upsert's select-then-insert does.
  await db.lessonProgress.createMany({ data: [{ userId, lessonId }], skipDuplicates: true });
  const row = await db.lessonProgress.findUniqueOrThrow({ where: { userId_lessonId: { userId, lessonId } }, select: { completedAt: true } });
  return { lessonId, completedAt: row.completedAt.toISOString() };
}

/** Un-marks a lesson; un-marking one that is not marked is not an error. */
export async function unmarkLessonComplete(userId: string, lessonId: string): Promise<LessonCompletion> {
  await db.lessonProgress.deleteMany({ where: { userId, lessonId } });
  return { lessonId, completedAt: null };
}

/**
 * The framework track the learner studied most recently (a lesson read or a lesson quiz submitted),
 * other than the Django baseline; null when there is none. Reads the newest few rows of each.
 */
export async function getLastStudiedFramework(userId: string): Promise<Framework | null> {
  const [attempts, lessons] = await Promise.all([
    db.quizAttempt.findMany({ where: { userId, submittedAt: { not: null } }, orderBy: { submittedAt: "desc" }, take: 20, select: { quizId: true, submittedAt: true } }),
    db.lessonProgress.findMany({ where: { userId }, orderBy: { completedAt: "desc" }, take: 20, select: { lessonId: true, completedAt: true } }),
  ]);
  const studied = [
    ...attempts.map((a) => ({ id: a.quizId, at: a.submittedAt?.getTime() ?? 0 })),
    ...lessons.map((l) => ({ id: l.lessonId, at: l.completedAt.getTime() })),
  ].sort((a, b) => b.at - a.at);
  for (const { id } of studied) {
    const track = id.split(".")[0];
    if (isFramework(track) && track !== BASELINE) return track;
  }
  return null;
}
