/** Score history: the latest attempts as chart points, oldest first, with their geometry. Pure. */
import type { Quiz, TrackLike } from "@/lib/content/catalog";

export type HistoryPoint = { attemptId: string; quizId: string; title: string; track: string; trackTitle: string; submittedAt: string; percent: number; passed: boolean };
export type PlottedPoint = HistoryPoint & { x: number; y: number };
export type ChartFrame = { width: number; height: number; left: number; right: number; top: number; bottom: number };

export const CHART_FRAME: ChartFrame = { width: 480, height: 180, left: 10, right: 10, top: 10, bottom: 10 };

type AttemptLike = { attemptId: string; quizId: string; submittedAt: string; percent: number; passed: boolean };
type HistoryTrack = TrackLike<{ quiz: Pick<Quiz, "id" | "title"> }>;

/** `attempts` newest first (as queried); the result runs oldest first, as a time axis does. */
export function buildHistory(attempts: AttemptLike[], tracks: HistoryTrack[]): HistoryPoint[] {
  const byQuiz = new Map(tracks.flatMap((t) => t.lessons.map((l) => [l.quiz.id, { track: t, quiz: l.quiz }] as const)));
  return [...attempts].reverse().map((a) => {
    const found = byQuiz.get(a.quizId);
    return {
      attemptId: a.attemptId,
      quizId: a.quizId,
      title: found?.quiz.title ?? a.quizId,
      track: found?.track.slug ?? "",
      trackTitle: found?.track.title ?? "",
      submittedAt: a.submittedAt,
      percent: Math.round(a.percent),
      passed: a.passed,
    };
  });
}

/** Attempts spaced evenly left to right (by order, so a busy day does not pile up); 0–100% bottom to top. */
export function plotHistory<P extends HistoryPoint>(points: P[], frame: ChartFrame = CHART_FRAME): (P & { x: number; y: number })[] {
  const innerWidth = frame.width - frame.left - frame.right;
  const innerHeight = frame.height - frame.top - frame.bottom;
  const step = points.length > 1 ? innerWidth / (points.length - 1) : 0;
  return points.map((p, i) => ({
    ...p,
    x: round(points.length > 1 ? frame.left + i * step : frame.left + innerWidth / 2),
    y: round(frame.top + innerHeight * (1 - Math.max(0, Math.min(100, p.percent)) / 100)),
  }));
}

/** The y coordinate of a percentage, for grid lines and the pass mark. */
export const percentY = (percent: number, frame: ChartFrame = CHART_FRAME) => round(frame.top + (frame.height - frame.top - frame.bottom) * (1 - percent / 100));

const round = (n: number) => Math.round(n * 10) / 10;
