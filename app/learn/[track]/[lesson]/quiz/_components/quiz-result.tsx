import { isAnswerOf, type AnswerValue } from "@/lib/quiz/answers";
import { formatAnswer, optionCodeKey } from "@/lib/quiz/format";
import type { AttemptResult } from "@/lib/quiz/grade";
import type { PublicQuestion } from "@/lib/quiz/public";
import { InlineCode } from "@/app/_components/inline-code";
import { QuestionCode } from "@/app/_components/question-code";
import { Alert, Badge } from "@/app/_components/ui";
import { OptionCode } from "./option-code";

type Props = { questions: PublicQuestion[]; result: AttemptResult; passPercent: number; codeHtml: Record<string, string> };

/** Score, pass/fail and per-question feedback; used right after submitting and on the review page. */
export function QuizResult({ questions, result, passPercent, codeHtml }: Props) {
  const byId = new Map(result.questions.map((q) => [q.questionId, q]));
  return (
    <section aria-labelledby="result-heading" className="wrap-anywhere">
      <Alert tone={result.passed ? "success" : "error"}>
        <h2 id="result-heading" className="text-xl font-semibold" data-testid="quiz-score">
          {result.passed ? "Passed" : "Not passed yet"}: {Math.round(result.percent)}% ({result.score} of {result.maxScore} points)
        </h2>
        <p className="mt-1">Pass mark: {passPercent}%.</p>
      </Alert>
      <ol className="mt-6 space-y-5">
        {questions.map((question, i) => {
          const graded = byId.get(question.id);
          if (!graded) return null;
          const given = formatAnswer(question, graded.answer);
          const expected = formatAnswer(question, graded.expected);
          return (
            <li key={question.id} className="rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900" data-testid={`result-${question.id}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-medium">
                  {i + 1}. <InlineCode text={question.prompt} />
                </h3>
                <Badge tone={graded.correct ? "good" : graded.points > 0 ? "info" : "bad"}>
                  {graded.correct ? "Correct" : graded.points > 0 ? `Partly correct (${graded.points}/${graded.maxPoints})` : "Incorrect"}
                </Badge>
              </div>
              <QuestionCode html={codeHtml[question.id]} className="mt-3" />
              <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="font-medium text-slate-600 dark:text-slate-300">Your answer</dt>
                <dd className="min-w-0">
                  {given.length ? <AnswerLines lines={given} /> : <em>Not answered</em>}
                  <ChosenCode question={question} value={graded.answer} codeHtml={codeHtml} />
                </dd>
                {!graded.correct ? (
                  <>
                    <dt className="font-medium text-slate-600 dark:text-slate-300">Correct answer</dt>
                    <dd className="min-w-0">
                      <AnswerLines lines={expected} />
                      <ChosenCode question={question} value={graded.expected} codeHtml={codeHtml} />
                    </dd>
                  </>
                ) : null}
              </dl>
              <p className="mt-3 text-sm leading-6 text-slate-700 dark:text-slate-300">
                <InlineCode text={graded.explanation} />
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function AnswerLines({ lines }: { lines: string[] }) {
  const [only, ...more] = lines;
  return only !== undefined && more.length === 0 ? (
    <span>
      <InlineCode text={only} />
    </span>
  ) : (
    <ul className="list-none space-y-0.5">
      {lines.map((line) => (
        <li key={line}>
          <InlineCode text={line} />
        </li>
      ))}
    </ul>
  );
}

/** The code of the chosen options, for questions whose options are snippets. */
function ChosenCode({ question, value, codeHtml }: { question: PublicQuestion; value: AnswerValue | null; codeHtml: Record<string, string> }) {
  if (question.type !== "single" && question.type !== "multiple") return null;
  const ids = new Set(isAnswerOf.multiple(value) ? value : [value]);
  return question.options.flatMap(({ id, code }) =>
    code && ids.has(id) ? [<OptionCode key={id} code={code} html={codeHtml[optionCodeKey(question.id, id)]} />] : [],
  );
}
