import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listMissed } from "@/lib/db/queries/review";
import { formatAnswer } from "@/lib/quiz/format";
import { InlineCode } from "../../_components/inline-code";
import { PageHeading } from "../../_components/ui";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Questions you missed" };

/** The right answers of every question last answered wrong or partly right, passed quiz or not. */
export default async function MissedPage() {
  const user = await requireUser(routes.reviewMissed());
  const missed = await listMissed(user.id);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        <Link href={routes.review()} className="hover:underline">
          ← Back to review
        </Link>
      </nav>
      <PageHeading title="Questions you missed" lead="Your latest answer to each of these was wrong or only partly right. Here are the right answers; each card still comes back on its schedule." />
      {missed.length === 0 ? (
        <p data-testid="missed-empty">Nothing missed: your latest answer to every question was right.</p>
      ) : (
        <ol className="max-w-3xl space-y-4 wrap-anywhere">
          {missed.map((m) => (
            <li key={m.cardId} className="rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900" data-testid="missed-question">
              <h2 className="font-medium">
                <InlineCode text={m.question.prompt} />
              </h2>
              <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="font-medium text-slate-600 dark:text-slate-300">Correct answer</dt>
                <dd>
                  {formatAnswer(m.question, m.expected).map((line) => (
                    <span key={line} className="block">
                      <InlineCode text={line} />
                    </span>
                  ))}
                </dd>
              </dl>
              <p className="mt-3 text-sm leading-6 text-slate-700 dark:text-slate-300">
                <InlineCode text={m.explanation} />
              </p>
              <p className="mt-2 text-sm">
                <Link href={m.lesson.href} className="text-sky-700 underline dark:text-sky-300">
                  Read the lesson: {m.lesson.title}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
