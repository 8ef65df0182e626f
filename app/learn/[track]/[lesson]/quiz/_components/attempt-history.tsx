import Link from "next/link";
import type { AttemptSummary } from "@/lib/db/queries/attempts";
import { formatUtc } from "@/lib/datetime";
import { Badge } from "@/app/_components/ui";

/** Every attempt at this quiz; the dashboard counts the best one. */
export function AttemptHistory({ attempts, reviewHref }: { attempts: AttemptSummary[]; reviewHref: (attemptId: string) => string }) {
  const submitted = attempts.flatMap((a) => (a.submittedAt ? [{ ...a, submittedAt: a.submittedAt }] : []));
  if (submitted.length === 0) return null;
  const best = Math.max(...submitted.map((a) => a.percent ?? 0));
  return (
    <section aria-labelledby="history-heading" className="mt-12 max-w-3xl">
      <h2 id="history-heading" className="text-xl font-semibold">
        Your attempts
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Your best score, {Math.round(best)}%, is what your progress counts.</p>
      <table className="mt-3 w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600 dark:text-slate-300">
            <th scope="col" className="py-2 font-medium">Submitted</th>
            <th scope="col" className="py-2 text-right font-medium">Score</th>
            <th scope="col" className="py-2 text-right font-medium">
              <span className="sr-only">Review</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {submitted.map((a) => (
            <tr key={a.id} className="border-t border-slate-200 dark:border-slate-800" data-testid="attempt-history-row">
              <td className="py-2">
                <time dateTime={a.submittedAt}>{formatUtc(a.submittedAt)}</time>
              </td>
              <td className="py-2 text-right">
                <Badge tone={a.passed ? "good" : "bad"}>{Math.round(a.percent ?? 0)}%</Badge>
              </td>
              <td className="py-2 text-right">
                <Link href={reviewHref(a.id)} className="text-sky-700 underline dark:text-sky-300">
                  Review
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
