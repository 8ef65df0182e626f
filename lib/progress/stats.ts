/**
 * The dashboard's view of a learner, from their records and the catalog. Pure.
 */
import type { Track } from "@/lib/content/catalog";

export type ProgressRecords = {
  completedLessons: { lessonId: string; completedAt: string }[];
  quizzes: { quizId: string; bestPercent: number; attempts: number }[];
  recentAttempts: { attemptId: string; quizId: string; submittedAt: string; score: number; maxScore: number; percent: number; passed: boolean }[];
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
};

type TrackLike = Pick<Track, "slug" | "title"> & {
  lessons: { id: string; slug: string; title: string; quiz: { id: string; title: string; passPercent: number } }[];
};

export function buildDashboard(tracks: TrackLike[], records: ProgressRecords): Dashboard {
  const completed = new Set(records.completedLessons.map((c) => c.lessonId));
  const quizById = new Map(records.quizzes.map((q) => [q.quizId, q]));
  const lessonByQuiz = new Map(tracks.flatMap((t) => t.lessons.map((l) => [l.quiz.id, { track: t, lesson: l }] as const)));

  const trackProgress = tracks.map((track): TrackProgress => {
    const quizzes = track.lessons.map((lesson): QuizProgress => {
      const record = quizById.get(lesson.quiz.id);
      return {
        quizId: lesson.quiz.id,
        lesson: lesson.title,
        title: lesson.quiz.title,
        href: `/learn/${track.slug}/${lesson.slug}/quiz`,
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
      next: next ? { title: next.title, href: `/learn/${track.slug}/${next.slug}` } : null,
      quizzes,
    };
  });

  const recentAttempts = records.recentAttempts.map((a) => {
    const found = lessonByQuiz.get(a.quizId);
    const base = found ? `/learn/${found.track.slug}/${found.lesson.slug}/quiz` : "";
    return { ...a, title: found?.lesson.quiz.title ?? a.quizId, reviewHref: found ? `${base}/review/${a.attemptId}` : "" };
  });
  return { tracks: trackProgress, recentAttempts };
}

export type LessonStatus = { lessonId: string; slug: string; title: string; completedAt: string | null; quizPassed: boolean };
export type TrackLessonsProgress = Omit<TrackProgress, "quizzes"> & { lessons: LessonStatus[] };

/** One track's progress, lesson by lesson: the dashboard's numbers plus what was marked read. */
export function buildTrackProgress(track: TrackLike, records: ProgressRecords): TrackLessonsProgress {
  const { quizzes, ...summary } = buildDashboard([track], records).tracks[0]!;
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
