"use client";
// A client component for its size only (no state): its props are compact data, so the RSC payload
// carries them instead of every element it renders (docs/performance.md, "The dashboard page's render").
import type { TrackCard } from "@/lib/progress/view";
import { Badge, Card, ProgressBar } from "../../_components/ui";
import { routes } from "@/lib/routes";

/** One card per track: progress bar, what to read next, best score per quiz. Links are plain `a[data-intent]` (intent-links.tsx). */
export function TrackProgressList({ tracks }: { tracks: TrackCard[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {tracks.map((track) => (
        <li key={track.slug} data-testid={`track-${track.slug}`}>
          <Card className="h-full">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">
                <a data-intent href={routes.track(track.slug)} className="hover:underline">
                  {track.title}
                </a>
              </h3>
              <span className="text-sm text-slate-600 dark:text-slate-300">
                {track.lessonsCompleted}/{track.lessonsTotal} lessons · {track.quizzesPassed} quizzes passed
              </span>
            </div>
            <div className="mt-3">
              <ProgressBar value={track.percent} label={`${track.title} progress`} />
            </div>
            {track.next ? (
              <p className="mt-3 text-sm">
                {track.lessonsCompleted > 0 ? "Continue where you left off: " : "Start with: "}
                <a data-intent href={track.next.href} className="text-sky-700 underline dark:text-sky-300">
                  {track.next.title}
                </a>
              </p>
            ) : (
              <p className="mt-3 text-sm text-emerald-700 dark:text-emerald-300">Track complete.</p>
            )}
            <table className="quiz-table mt-4 w-full text-left text-sm">
              <caption className="sr-only">Best score per quiz in {track.title}</caption>
              <thead>
                <tr className="text-slate-500 dark:text-slate-400">
                  <th scope="col" className="py-1 font-medium">Quiz</th>
                  <th scope="col" className="py-1 text-right font-medium">Best</th>
                </tr>
              </thead>
              <tbody>
                {track.quizzes.map((q) => (
                  <tr key={q.quizId}>
                    <td>
                      <a data-intent href={q.href}>
                        {q.lesson}
                      </a>
                    </td>
                    <td data-testid={`best-${q.quizId}`}>
                      {q.bestPercent === null ? (
                        "—"
                      ) : (
                        <Badge tone={q.passed ? "good" : "neutral"}>{Math.round(q.bestPercent)}%</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        </li>
      ))}
    </ul>
  );
}
