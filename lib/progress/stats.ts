/**
 * The dashboard's view of a learner, from their records and the catalog. Pure.
 */
import type { Lesson, Quiz, TrackLike } from "@/lib/content/catalog";
import type { Question } from "@/lib/content/schema";
import { localDay, type Day } from "./days";
import { buildHeatmap, type Heatmap } from "./heatmap";
import { buildHistory, type HistoryPoint } from "./history";
import { buildMastery, type MasteryGrid, type QuestionOutcome } from "./mastery";
import { computeStreaks, type Streaks } from "./streaks";
import { routes } from "@/lib/routes";

export const RECENT_ATTEMPTS = 10;

export type ProgressRecords = {
  completedLessons: { lessonId: string; completedAt: string }[];
  quizzes: { quizId: string; bestPercent: number; attempts: number }[];
  /** Newest first: the score history's window; the first RECENT_ATTEMPTS are listed as recent. */
  recentAttempts: { attemptId: string; quizId: string; submittedAt: string; score: number; maxScore: number; percent: number; passed: boolean }[];
  /** Attempts submitted and lessons completed per local day, over all time. */
  activity: { day: Day; count: number }[];
  /** Per question: the latest attempt's result, and the last earlier day's. */
  questionResults: QuestionOutcome[];
  /** The zone the days were counted in. */
  timeZone: string;
};

export type QuizProgress = { quizId: string; lesson: string; title: string; href: string; bestPercent: number | null; attempts: number; passed: boolean };
export type TrackProgress = {
  slug: string;
  title: string;
  lessonsTotal: number;
  lessonsCompleted: number;
  quizzesPassed: number;
  /** 0–100: lessons that are read or whose quiz is passed. */
  percent: number;
  next: { title: string; href: string } | null;
  quizzes: QuizProgress[];
};
export type Dashboard = {
  tracks: TrackProgress[];
  recentAttempts: (ProgressRecords["recentAttempts"][number] & { title: string; reviewHref: string })[];
  timeZone: string;
  today: Day;
  activity: Streaks & { heatmap: Heatmap };
  history: HistoryPoint[];
  mastery: MasteryGrid;
};

type DashboardTrack = TrackLike<
  Pick<Lesson, "id" | "slug" | "title"> & { quiz: Pick<Quiz, "id" | "title" | "passPercent"> & { questions: Pick<Question, "id" | "concepts" | "points">[] } }
>;

/** A compare page's quiz ("compare.<concept>"): it belongs to no track; its questions name their frameworks. */
export type CompareQuizLike = {
  id: string;
  title: string;
  href: string;
  questions: (Pick<Question, "id" | "concepts" | "points"> & { frameworks?: readonly string[] })[];
};

export type DashboardOptions = { concepts: { id: string; title: string }[]; now: Date; compareQuizzes?: CompareQuizLike[] };

/** One track's bar, counts, next lesson and best score per quiz. */
function progressOfTrack(track: DashboardTrack, records: Pick<ProgressRecords, "completedLessons" | "quizzes">): TrackProgress {
  const completed = new Set(records.completedLessons.map((c) => c.lessonId));
  const quizById = new Map(records.quizzes.map((q) => [q.quizId, q]));
  const quizzes = track.lessons.map((lesson): QuizProgress => {
    const record = quizById.get(lesson.quiz.id);
    return {
      quizId: lesson.quiz.id,
      lesson: lesson.title,
      title: lesson.quiz.title,
      href: routes.quiz(track.slug, lesson.slug),
      bestPercent: record?.bestPercent ?? null,
      attempts: record?.attempts ?? 0,
      passed: record !== undefined && record.bestPercent >= lesson.quiz.passPercent,
    };
  });
  const done = track.lessons.filter((l, i) => completed.has(l.id) || quizzes[i]!.passed);
  const next = track.lessons.find((l) => !done.includes(l));
  return {
    slug: track.slug,
    title: track.title,
    lessonsTotal: track.lessons.length,
    lessonsCompleted: done.length,
    quizzesPassed: quizzes.filter((q) => q.passed).length,
    percent: track.lessons.length ? Math.round((done.length / track.lessons.length) * 100) : 0,
    next: next ? { title: next.title, href: routes.lesson(track.slug, next.slug) } : null,
    quizzes,
  };
}

type QuizPages = Map<string, { title: string; href: string }>;
const NO_COMPARE_QUIZZES: CompareQuizLike[] = [];
const quizPagesCache = new WeakMap<DashboardTrack[], WeakMap<CompareQuizLike[], QuizPages>>();

/** Where each quiz lives, a lesson's or a compare page's: catalog-only, so built once per catalog's arrays. */
function quizPagesOf(tracks: DashboardTrack[], compareQuizzes: CompareQuizLike[]): QuizPages {
  let byCompare = quizPagesCache.get(tracks);
  if (!byCompare) quizPagesCache.set(tracks, (byCompare = new WeakMap()));
  let pages = byCompare.get(compareQuizzes);
  if (!pages) {
    pages = new Map([
      ...tracks.flatMap((t) => t.lessons.map((l) => [l.quiz.id, { title: l.quiz.title, href: routes.quiz(t.slug, l.slug) }] as const)),
      ...compareQuizzes.map((q) => [q.id, { title: q.title, href: q.href }] as const),
    ]);
    byCompare.set(compareQuizzes, pages);
  }
  return pages;
}

export function buildDashboard(tracks: DashboardTrack[], records: ProgressRecords, options: DashboardOptions): Dashboard {
  const compareQuizzes = options.compareQuizzes ?? NO_COMPARE_QUIZZES;
  const quizPages = quizPagesOf(tracks, compareQuizzes);

  const trackProgress = tracks.map((track) => progressOfTrack(track, records));

  const recentAttempts = records.recentAttempts.slice(0, RECENT_ATTEMPTS).map((a) => {
    const found = quizPages.get(a.quizId);
    return { ...a, title: found?.title ?? a.quizId, reviewHref: found ? `${found.href}/review/${a.attemptId}` : "" };
  });
  const compareTrack = { slug: "compare", title: "Compare", lessons: compareQuizzes.map((quiz) => ({ quiz })) };
  const today = localDay(options.now, records.timeZone);
  const counts = new Map(records.activity.map((a) => [a.day, a.count]));
  return {
    tracks: trackProgress,
    recentAttempts,
    timeZone: records.timeZone,
    today,
    activity: { ...computeStreaks(counts.keys(), today), heatmap: buildHeatmap(counts, today) },
    history: buildHistory(records.recentAttempts, [...tracks, compareTrack]),
    mastery: buildMastery(tracks, options.concepts, records.questionResults, compareQuizzes),
  };
}

export type LessonStatus = { lessonId: string; slug: string; title: string; completedAt: string | null; quizPassed: boolean };
export type TrackLessonsProgress = Omit<TrackProgress, "quizzes"> & { lessons: LessonStatus[] };

/** One track's progress, lesson by lesson: the dashboard's numbers plus what was marked read. */
export function buildTrackProgress(track: DashboardTrack, records: Pick<ProgressRecords, "completedLessons" | "quizzes">): TrackLessonsProgress {
  const { quizzes, ...summary } = progressOfTrack(track, records);
  const completedAt = new Map(records.completedLessons.map((c) => [c.lessonId, c.completedAt]));
  return {
    ...summary,
    lessons: track.lessons.map((lesson, i) => ({
      lessonId: lesson.id,
      slug: lesson.slug,
      title: lesson.title,
      completedAt: completedAt.get(lesson.id) ?? null,
      quizPassed: quizzes[i]!.passed,
    })),
  };
}
