"use client";
// A client component for its size only (no state): its props are compact data, so the RSC payload
// carries them instead of every element it renders, and the points and the table's rows are drawn
// after hydration (docs/performance.md, "The dashboard page's render").
import { CHART_FRAME, percentY, plotHistory } from "@/lib/progress/history";
import type { HistoryPointView } from "@/lib/progress/view";
import { useHydrated } from "@/app/_components/after-hydration";
import { trackColors } from "./track-colors";

type Props = { points: HistoryPointView[]; tracks: { slug: string; title: string }[]; passPercent?: number };

/**
 * SVG of attempt percentages, oldest to newest, with the same data as a table. Dates come formatted
 * (lib/progress/view.ts). The server renders the frame, axes and summary; the points and the table's
 * rows (up to 30 attempts each) are drawn after hydration, inside boxes that keep their size.
 */
export function ScoreHistory({ points, tracks, passPercent = 70 }: Props) {
  const hydrated = useHydrated();
  if (points.length === 0)
    return (
      <p className="text-slate-600 dark:text-slate-300" data-testid="history-empty">
        No scores yet. Take any quiz and your result is plotted here; retake it later to see the line climb.
      </p>
    );
  const { width, height } = CHART_FRAME;
  const plotted = hydrated ? plotHistory(points) : [];
  const colorOf = trackColors(tracks.map((t) => t.slug));
  const shownTracks = tracks.filter((t) => points.some((p) => p.track === t.slug));
  const latest = points.at(-1)!;
  const best = Math.max(...points.map((p) => p.percent));
  const when = (p: HistoryPointView) => p.when;
  const summary = `${points.length} attempt${points.length === 1 ? "" : "s"} from ${when(points[0]!)} to ${when(latest)}; latest ${latest.percent}%, best ${best}%.`;
  const label = (percent: number, text: string) => (
    <span className="absolute right-0 -translate-y-1/2 text-xs text-slate-500 dark:text-slate-400" style={{ top: `${(percentY(percent) / height) * 100}%` }}>
      {text}
    </span>
  );

  return (
    <figure className="max-w-3xl">
      <div className="flex gap-2">
        <div className="relative w-12 shrink-0" aria-hidden="true">
          {label(100, "100%")}
          {label(passPercent, "pass")}
          {label(0, "0%")}
        </div>
        <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full min-w-0 flex-1 overflow-visible" role="img" aria-label={`Score history: ${summary}`} data-testid="score-chart">
          {[0, 50, 100].map((p) => (
            <line key={p} x1={0} x2={width} y1={percentY(p)} y2={percentY(p)} className="stroke-slate-200 dark:stroke-slate-700" strokeWidth={1} />
          ))}
          <line x1={0} x2={width} y1={percentY(passPercent)} y2={percentY(passPercent)} className="stroke-slate-400 dark:stroke-slate-500" strokeWidth={1} strokeDasharray="4 4" />
          {plotted.length > 1 ? (
            <polyline points={plotted.map((p) => `${p.x},${p.y}`).join(" ")} fill="none" className="stroke-slate-400 dark:stroke-slate-500" strokeWidth={1.5} />
          ) : null}
          {plotted.map((p) => (
            <circle key={p.attemptId} cx={p.x} cy={p.y} r={6} className={colorOf(p.track).fill} data-testid="score-point" data-percent={p.percent}>
              <title>{`${p.title} (${p.trackTitle}): ${p.percent}% on ${when(p)}`}</title>
            </circle>
          ))}
        </svg>
      </div>
      <div className="ml-14 mt-1 flex justify-between gap-2 text-xs text-slate-500 dark:text-slate-400" aria-hidden="true">
        <span>{when(points[0]!)}</span>
        {points.length > 1 ? <span>{when(latest)}</span> : null}
      </div>
      <figcaption className="mt-3 text-sm text-slate-600 dark:text-slate-300">
        <span className="block">Your last {points.length} scores. {summary}</span>
        <span className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          {shownTracks.map((t) => (
            <span key={t.slug} className="inline-flex items-center gap-1.5">
              <span className={`inline-block size-3 rounded-full ${colorOf(t.slug).bg}`} aria-hidden="true" />
              {t.title}
            </span>
          ))}
        </span>
      </figcaption>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer rounded py-1 text-sky-700 underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">Show these scores as a table</summary>
        <div className="relative mt-2 overflow-x-auto">
          {hydrated ? (
            <table className="w-full text-left" data-testid="score-table">
              <caption className="sr-only">Score history, oldest first</caption>
              <thead>
                <tr className="text-slate-500 dark:text-slate-400">
                  <th scope="col" className="py-1 pr-2 font-medium">Submitted</th>
                  <th scope="col" className="py-1 pr-2 font-medium">Quiz</th>
                  <th scope="col" className="py-1 pr-2 font-medium">Track</th>
                  <th scope="col" className="py-1 text-right font-medium">Score</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.attemptId} className="border-t border-slate-100 dark:border-slate-800">
                    <td className="py-1 pr-2">{when(p)}</td>
                    <td className="py-1 pr-2">{p.title}</td>
                    <td className="py-1 pr-2">{p.trackTitle}</td>
                    <td className="py-1 text-right">{p.percent}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <noscript>Turn on JavaScript to see this table.</noscript>
          )}
        </div>
      </details>
    </figure>
  );
}
