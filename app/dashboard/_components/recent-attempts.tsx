"use client";
// A client component for its size only (no state): its props are compact data, so the RSC payload
// carries them instead of every element it renders (docs/performance.md, "The dashboard page's render").
import type { RecentAttemptView } from "@/lib/progress/view";
import { Badge } from "../../_components/ui";

export function RecentAttempts({ attempts }: { attempts: RecentAttemptView[] }) {
  if (attempts.length === 0)
    return <p className="text-slate-600 dark:text-slate-300">No quiz attempts yet. Finish a lesson and take its quiz to see your results here.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your latest quiz attempts, newest first, with links to their reviews</caption>
        <thead>
          <tr className="text-slate-500 dark:text-slate-400">
            <th scope="col" className="py-2 font-medium">Quiz</th>
            <th scope="col" className="py-2 font-medium">Submitted</th>
            <th scope="col" className="py-2 text-right font-medium">Score</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.attemptId} className="border-t border-slate-200 dark:border-slate-800" data-testid="recent-attempt">
              <td className="py-2 pr-2">
                {a.reviewHref ? (
                  <a data-intent href={a.reviewHref} className="hover:underline">
                    {a.title}
                  </a>
                ) : (
                  a.title
                )}
              </td>
              <td className="py-2 pr-2">
                <time dateTime={a.submittedAt}>{a.when}</time>
              </td>
              <td className="py-2 text-right">
                <Badge tone={a.passed ? "good" : "bad"}>{Math.round(a.percent)}%</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
