import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getQuiz } from "@/lib/content/load";
import { findQuestionLine, getItemReport } from "@/lib/items/load";
import { FLAG_MIN_ATTEMPTS, THRESHOLDS } from "@/lib/items/report";
import { index, itemsHref, parseWhich, share } from "@/lib/items/view";
import { InlineCode } from "../../../../_components/inline-code";
import { Badge, PageHeading } from "../../../../_components/ui";
import { FlagList } from "../../_components/flag-list";
import { OptionChart } from "../../_components/option-chart";
import { WhichToggle } from "../../_components/which-toggle";
import { ScrollRegion } from "../../../../_components/scroll-region";

export const metadata: Metadata = { title: "Item analysis: question", robots: { index: false } };

type Props = { params: Promise<{ quizId: string; questionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One question: its statistics, flags, option table by thirds, a chart and where to edit it. Admins only. */
export default async function QuestionItemPage({ params, searchParams }: Props) {
  const user = await getSessionUser();
  if (user?.role !== "ADMIN") notFound();
  const { quizId, questionId } = await params;
  const which = parseWhich((await searchParams).attempts);
  const quiz = getQuiz(quizId);
  const report = quiz && (await getItemReport(quiz.id, which));
  const item = report?.questions.find((q) => q.question.id === questionId);
  if (!quiz || !item) notFound();
  const { question, stats, options, bandSizes, flags } = item;
  const line = findQuestionLine(quiz.file, question.id);
  const pct = (count: number, of: number) => (of ? share(count / of, 0) : "—");
  const numbers: [string, string][] = [
    ["Attempts", String(stats.s)],
    ["Facility index", share(stats.facility)],
    ["Standard deviation", share(stats.sd === null ? null : stats.sd / stats.maxMark)],
    ["Discrimination index", index(stats.discriminationIndex)],
    ["Discriminative efficiency", share(stats.discriminativeEfficiency === null ? null : stats.discriminativeEfficiency / 100)],
    ["Points", String(stats.maxMark)],
  ];

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={itemsHref(which, quiz.id)} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          {quiz.title}
        </Link>
      </p>
      <PageHeading title={`Question ${question.id}`} lead={<InlineCode text={question.prompt} />} />
      <WhichToggle which={which} quizId={quiz.id} questionId={question.id} />
      <p className="mb-6 text-sm text-slate-700 dark:text-slate-300" data-testid="content-file">
        Edit it in{" "}
        <code className="break-all font-mono">
          {quiz.file}
          {line ? `:${line}` : ""}
        </code>{" "}
        (type <code className="font-mono">{question.type}</code>), then run <code className="font-mono">npm run content:check</code>.
      </p>
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="question-stats">
        {numbers.map(([label, value]) => (
          <div key={label} className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700">
            <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="font-mono text-lg text-slate-900 dark:text-slate-100">{value}</dd>
          </div>
        ))}
      </dl>
      <section className="mb-8" aria-labelledby="flags">
        <h2 id="flags" className="mb-2 text-xl font-semibold">Flags</h2>
        {stats.s < FLAG_MIN_ATTEMPTS ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">Flags wait for {FLAG_MIN_ATTEMPTS} attempts; this question has {stats.s}.</p>
        ) : flags.length ? (
          <FlagList flags={flags} />
        ) : (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            None: facility between {share(THRESHOLDS.facilityLow, 0)} and {share(THRESHOLDS.facilityHigh, 0)}, discrimination at least {THRESHOLDS.discrimination}, efficiency at least {THRESHOLDS.efficiency}%.
          </p>
        )}
      </section>
      <section aria-labelledby="options">
        <h2 id="options" className="mb-2 text-xl font-semibold">Responses</h2>
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
          Top third: {bandSizes.top} attempts; bottom third: {bandSizes.bottom} (ranked by total score).
        </p>
        <div className="grid gap-6 lg:grid-cols-[1fr_auto]">
          <ScrollRegion label="Responses to this question, scrolls sideways">
            <table className="w-full min-w-[32rem] border-collapse text-left text-sm" data-testid="option-table">
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-600">
                  {["#", "Response", "Chosen", "Top third", "Bottom third", "Misconception"].map((h) => (
                    <th key={h} scope="col" className="px-2 py-2 font-semibold">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {options.map((o, i) => (
                  <tr key={o.key} className="border-b border-slate-200 align-top dark:border-slate-700" data-testid="option-row" data-option={o.key}>
                    <td className="px-2 py-2 font-mono">{i + 1}</td>
                    <td className="px-2 py-2">
                      <InlineCode text={o.label} /> {o.correct ? <Badge tone="good">right</Badge> : null}
                    </td>
                    <td className="px-2 py-2 font-mono" data-testid="option-count">{o.count}</td>
                    <td className="px-2 py-2 font-mono">{o.top} ({pct(o.top, bandSizes.top)})</td>
                    <td className="px-2 py-2 font-mono">{o.bottom} ({pct(o.bottom, bandSizes.bottom)})</td>
                    <td className="px-2 py-2">{o.misconception ? <code className="font-mono">{o.misconception}</code> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <OptionChart options={options} bandSizes={bandSizes} />
        </div>
      </section>
    </>
  );
}
