"use client";
import type { CardAnswerResult, SessionCard } from "@/lib/review/service";
import { formatDueIn } from "@/lib/datetime";
import { InlineCode } from "@/app/_components/inline-code";
import { Alert, Badge, ButtonLink, buttonStyles } from "@/app/_components/ui";
import { routes } from "@/lib/routes";

type Props = { cards: SessionCard[]; results: CardAnswerResult[]; onRetry: (cardIds: string[]) => void; busy: boolean; error: string | null };

/** The end of a session: how it went, each card's outcome and return, and a retry of the missed ones. */
export function ReviewSummary({ cards, results, onRetry, busy, error }: Props) {
  const byCard = new Map(results.map((r) => [r.cardId, r]));
  const right = results.filter((r) => r.correct).length;
  const missed = results.filter((r) => !r.correct).map((r) => r.cardId);
  const now = new Date();
  return (
    <section aria-labelledby="summary-heading" className="space-y-4" data-testid="review-summary">
      <Alert tone={missed.length ? "info" : "success"} live>
        <h2 id="summary-heading" className="text-lg font-semibold" tabIndex={-1}>
          Session done: {right} of {results.length} right
        </h2>
        <p className="mt-1">{missed.length ? "The ones you missed come back in a few minutes; retry them now or later." : "Everything right. Each card comes back just before you would forget it."}</p>
      </Alert>
      <ol className="space-y-2">
        {cards.map((card) => {
          const result = byCard.get(card.cardId);
          return (
            <li key={card.cardId} className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
              <span className="min-w-0 flex-1">
                <InlineCode text={card.question.prompt} />
              </span>
              {result ? (
                <span className="flex items-center gap-2">
                  <Badge tone={result.correct ? "good" : "bad"}>{result.correct ? "Right" : "Missed"}</Badge>
                  <span className="text-slate-600 dark:text-slate-300">{result.practice ? "practice" : `back ${formatDueIn(new Date(result.due), now)}`}</span>
                </span>
              ) : (
                <Badge>Skipped</Badge>
              )}
            </li>
          );
        })}
      </ol>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {missed.length ? (
          <button type="button" className={buttonStyles.primary} onClick={() => onRetry(missed)} disabled={busy} autoFocus>
            Retry the {missed.length} you missed
          </button>
        ) : null}
        <a href={routes.review()} className={missed.length ? buttonStyles.secondary : buttonStyles.primary}>
          Back to the review queue
        </a>
        <ButtonLink href={routes.dashboard()} variant="ghost">
          Dashboard
        </ButtonLink>
      </div>
    </section>
  );
}
