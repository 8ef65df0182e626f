import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getQuiz } from "@/lib/content/load";
import { listFrequentWrongAnswers } from "@/lib/db/queries/admin";
import { reportMisconceptions } from "@/lib/quiz/misconceptions";
import { InlineCode } from "../_components/inline-code";
import { Badge, PageHeading } from "../_components/ui";

export const metadata: Metadata = { title: "Authors' report", robots: { index: false } };

/** For authors: the misconceptions that catch learners most. Anyone but an admin gets a 404. */
export default async function AdminPage() {
  const user = await getSessionUser();
  if (user?.role !== "ADMIN") notFound();
  const report = reportMisconceptions(await listFrequentWrongAnswers(), (quizId, questionId) => getQuiz(quizId)?.questions.find((q) => q.id === questionId));

  return (
    <>
      <PageHeading title="Misconceptions that catch learners" lead="Wrong answers across all submitted attempts, grouped by the misconception tag their options carry." />
      {report.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-300">No tagged wrong answers yet.</p>
      ) : (
        <ol className="space-y-4">
          {report.map((entry) => (
            <li key={entry.tag} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900" data-testid="misconception">
              <p className="flex flex-wrap items-center gap-2">
                <code className="font-mono font-semibold">{entry.tag}</code>
                <Badge tone="bad">{entry.count} wrong answers</Badge>
              </p>
              <ul className="mt-2 list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
                {entry.questions.map((q) => (
                  <li key={`${q.quizId}/${q.questionId}`}>
                    <span className="font-mono text-xs">{q.quizId}</span> — <InlineCode text={q.prompt} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
