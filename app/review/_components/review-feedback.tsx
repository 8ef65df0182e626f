"use client";
import type { CardAnswerResult, SessionCard } from "@/lib/review/service";
import { formatAnswer } from "@/lib/quiz/format";
import { formatDueIn } from "@/lib/datetime";
import { InlineCode } from "@/app/_components/inline-code";
import { Alert, buttonStyles } from "@/app/_components/ui";
import { routes } from "@/lib/routes";

type Props = { card: SessionCard; result: CardAnswerResult; position: string; onNext: () => void; last: boolean };

/** Right or wrong, the correct answer, the explanation, when the card comes back, and where to read up. */
export function ReviewFeedback({ card, result, position, onNext, last }: Props) {
  const verdict = result.correct ? "Right" : result.points > 0 ? `Partly right (${result.points} of ${result.maxPoints})` : "Not quite";
  const comesBack = formatDueIn(new Date(result.due), new Date());
  return (
    <section aria-labelledby="feedback-heading" className="space-y-4 wrap-anywhere" data-testid="review-feedback">
      <p className="text-sm text-slate-600 dark:text-slate-300">Card {position}</p>
      <Alert tone={result.correct ? "success" : "error"}>
        <h2 id="feedback-heading" className="text-lg font-semibold" data-testid="review-verdict">
          {verdict}
        </h2>
        <p className="mt-1">
          <InlineCode text={card.question.prompt} />
        </p>
      </Alert>
      <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-600 dark:text-slate-300">Correct answer</dt>
        <dd data-testid="review-expected">
          {formatAnswer(card.question, result.expected).map((line) => (
            <span key={line} className="block">
              <InlineCode text={line} />
            </span>
          ))}
        </dd>
        <dt className="font-medium text-slate-600 dark:text-slate-300">Comes back</dt>
        <dd data-testid="review-due">
          {result.practice ? `Practice only: your schedule is unchanged (next due ${comesBack}).` : comesBack === "now" ? "again now" : `again ${comesBack}`}
        </dd>
      </dl>
      <p className="text-sm leading-6 text-slate-700 dark:text-slate-300">
        <InlineCode text={result.explanation} />
      </p>
      {result.questionChanged ? <p className="text-sm italic text-slate-600 dark:text-slate-300">This question was updated since you last answered it.</p> : null}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a className="text-sky-700 underline dark:text-sky-300" href={result.lesson.href}>
          Read the lesson: {result.lesson.title}
        </a>
        {result.concepts.map((concept) => (
          <a key={concept} className="text-sky-700 underline dark:text-sky-300" href={routes.compare(concept)}>
            Compare “{concept}” across frameworks
          </a>
        ))}
      </p>
      <button type="button" className={buttonStyles.primary} onClick={onNext} autoFocus>
        {last ? "See the summary" : "Next card"}
      </button>
    </section>
  );
}
