import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getQuiz } from "@/lib/content/load";
import { getItemReport } from "@/lib/items/load";
import { FLAG_MIN_ATTEMPTS } from "@/lib/items/report";
import { index, itemsHref, parseWhich, share } from "@/lib/items/view";
import { InlineCode } from "../../../_components/inline-code";
import { PageHeading } from "../../../_components/ui";
import { FlagList } from "../_components/flag-list";
import { WhichToggle } from "../_components/which-toggle";
import { ScrollRegion } from "../../../_components/scroll-region";

export const metadata: Metadata = { title: "Item analysis", robots: { index: false } };

type Props = { params: Promise<{ quizId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One quiz: Moodle's test statistics, then every question's numbers and flags. Admins only. */
export default async function QuizItemsPage({ params, searchParams }: Props) {
  const user = await getSessionUser();
  if (user?.role !== "ADMIN") notFound();
  const { quizId } = await params;
  const which = parseWhich((await searchParams).attempts);
  const quiz = getQuiz(quizId);
  const report = quiz && (await getItemReport(quiz.id, which));
  if (!quiz || !report) notFound();
  const max = quiz.draw ? null : quiz.questions.reduce((sum, q) => sum + q.points, 0);
  const stat = (label: string, value: string, hint?: string) => (
    <div className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700">
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="font-mono text-lg text-slate-900 dark:text-slate-100">{value}</dd>
      {hint ? <dd className="text-xs text-slate-600 dark:text-slate-400">{hint}</dd> : null}
    </div>
  );
  const ofMax = (v: number | null) => (v === null ? "—" : max ? share(v / max) : v.toFixed(2));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={itemsHref(which)} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          All quizzes
        </Link>
      </p>
      <PageHeading title={quiz.title} lead={<span className="break-all">Item analysis of <code className="font-mono text-base">{quiz.id}</code> ({quiz.file}).</span>} />
      <WhichToggle which={which} quizId={quiz.id} />
      <dl className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="quiz-stats">
        {stat("Attempts", String(report.quiz.s))}
        {stat("Mean", ofMax(report.quiz.mean))}
        {stat("Median", ofMax(report.quiz.median))}
        {stat("Standard deviation", ofMax(report.quiz.sd))}
        {stat("Internal consistency (CIC)", share(report.quiz.cic === null ? null : report.quiz.cic / 100, 2), report.drawn ? "not defined when questions are drawn from a bank" : "Cronbach's alpha; needs 3 attempts")}
        {stat("Error ratio", share(report.quiz.errorRatio === null ? null : report.quiz.errorRatio / 100, 2))}
        {stat("Standard error", ofMax(report.quiz.standardError))}
      </dl>
      <p className="mb-4 max-w-prose text-sm text-slate-700 dark:text-slate-300">
        Facility is the mean mark as a share of the question&apos;s points; SD is shown as a share of them too. The discrimination index is the correlation
        (×100) of the question&apos;s mark with the rest of the attempt; efficiency compares it with the most it could be. Flags appear once a question has{" "}
        {FLAG_MIN_ATTEMPTS} attempts.
        {report.drawn ? " This quiz draws questions from a bank: each question is analysed over the attempts that saw it." : ""}
      </p>
      <ScrollRegion label="Questions of this quiz, scrolls sideways">
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm" data-testid="items-table">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              {["Question", "Type", "Attempts", "Facility", "SD", "Discrimination", "Efficiency", "Flags"].map((h) => (
                <th key={h} scope="col" className="px-2 py-2 font-semibold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.questions.map(({ question, stats, flags }) => (
              <tr key={question.id} className="border-b border-slate-200 align-top dark:border-slate-700" data-testid="item-row" data-question={question.id}>
                <td className="px-2 py-2">
                  <Link href={itemsHref(which, quiz.id, question.id)} className="font-mono text-sky-800 underline underline-offset-2 dark:text-sky-300">
                    {question.id}
                  </Link>
                  <span className="mt-1 block text-slate-700 dark:text-slate-300">
                    <InlineCode text={question.prompt} />
                  </span>
                </td>
                <td className="px-2 py-2">{question.type}</td>
                <td className="px-2 py-2 font-mono">{stats.s}</td>
                <td className="px-2 py-2 font-mono" data-testid="facility">{share(stats.facility)}</td>
                <td className="px-2 py-2 font-mono">{share(stats.sd === null ? null : stats.sd / stats.maxMark)}</td>
                <td className="px-2 py-2 font-mono" data-testid="discrimination">{index(stats.discriminationIndex)}</td>
                <td className="px-2 py-2 font-mono">{share(stats.discriminativeEfficiency === null ? null : stats.discriminativeEfficiency / 100)}</td>
                <td className="px-2 py-2">
                  <FlagList flags={flags} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
