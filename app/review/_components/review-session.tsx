"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { call, dataOf } from "@/lib/api/client";
import { refs } from "@/lib/api/refs";
import type { CardAnswerResult, SessionCard, SessionMode } from "@/lib/review/service";
import type { AnswerValue } from "@/lib/quiz/answers";
import { plainText } from "@/lib/quiz/format";
import { InlineCode } from "@/app/_components/inline-code";
import { QuestionCode } from "@/app/_components/question-code";
import { REVIEW_CHANGED } from "@/app/_components/review-link";
import { Alert, buttonStyles } from "@/app/_components/ui";
import { isAnswered, pickByNumber } from "@/app/learn/[track]/[lesson]/quiz/_components/quiz-form";
import { QuestionInput } from "@/app/learn/[track]/[lesson]/quiz/_components/question-input";
import { ReviewFeedback } from "./review-feedback";
import { ReviewSummary } from "./review-summary";
import { routes } from "@/lib/routes";

type Props = { due: number; hasCards: boolean; missed: number; nextDue: { when: string; lesson: string } | null };

/** One card at a time in the quiz's question UI; feedback after each answer; a summary at the end. */
export function ReviewSession({ due, hasCards, missed, nextDue }: Props) {
  const router = useRouter();
  const [cards, setCards] = useState<SessionCard[] | null>(null);
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<AnswerValue | undefined>(undefined);
  const [results, setResults] = useState<CardAnswerResult[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLFieldSetElement>(null);
  const card = cards?.[index];
  const feedback = card ? results.find((r) => r.cardId === card.cardId) : undefined;
  const total = cards?.length ?? 0;
  const finished = total > 0 && index >= total;

  useEffect(() => {
    if (card && !feedback) questionRef.current?.querySelector<HTMLElement>("input, select, button")?.focus();
  }, [card, feedback]);

  useEffect(() => {
    if (!finished) return;
    window.dispatchEvent(new Event(REVIEW_CHANGED));
    router.refresh(); // the due count and the forecast on this page
  }, [finished, router]);

  async function start(request: { mode: SessionMode } | { mode: SessionMode; cardIds: string[] }) {
    setBusy(true);
    setError(null);
    try {
      const data = dataOf(await call(refs.startReviewSession, { body: request }));
      setCards(data.cards);
      setIndex(0);
      setResults([]);
      setAnswer(undefined);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function check() {
    if (!card || answer === undefined || !isAnswered(answer)) return;
    setBusy(true);
    setError(null);
    try {
      const data = dataOf(await call(refs.answerReviewCard, { params: { cardId: card.cardId }, body: { answer, practice: card.practice } }));
      setResults((prev) => [...prev, data.result]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const next = () => {
    setAnswer(undefined);
    setIndex((i) => i + 1);
  };

  if (finished && cards)
    return <ReviewSummary cards={cards} results={results} onRetry={(ids) => start({ mode: "due", cardIds: ids })} busy={busy} error={error} />;

  if (card && feedback) return <ReviewFeedback card={card} result={feedback} position={`${index + 1} of ${total}`} onNext={next} last={index + 1 === total} />;

  if (card)
    return (
      <form
        className="space-y-4 wrap-anywhere"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
        onKeyDown={(e) => {
          // Enter on a radio button or checkbox checks the answer, as it would in a text field.
          if (e.key === "Enter" && e.target instanceof Element && e.target.matches("input[type=radio], input[type=checkbox]")) {
            e.preventDefault();
            void check();
          }
        }}
      >
        <p className="text-sm font-medium text-slate-600 dark:text-slate-300" aria-live="polite" data-testid="review-position">
          Card {index + 1} of {total}
          {card.practice ? " · practice (your schedule stays as it is)" : ""}
        </p>
        <fieldset
          ref={questionRef}
          className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900"
          data-testid={`review-card-${card.question.id}`}
          onKeyDown={(e) => pickByNumber(e, card.question, answer, setAnswer)}
        >
          <legend className="sr-only">
            Card {index + 1} of {total}: {plainText(card.question.prompt)}
          </legend>
          <p className="mb-3 font-medium" aria-hidden="true">
            <InlineCode text={card.question.prompt} />
          </p>
          <QuestionCode html={card.codeHtml} className="mb-4" />
          <QuestionInput key={card.cardId} question={card.question} value={answer} onChange={setAnswer} />
        </fieldset>
        <p className="text-sm text-slate-600 dark:text-slate-300">Number keys 1–9 pick an option; Enter checks your answer.</p>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonStyles.primary} disabled={busy || answer === undefined || !isAnswered(answer)}>
            {busy ? "Checking…" : "Check answer"}
          </button>
          <button type="button" className={buttonStyles.ghost} onClick={next} disabled={busy}>
            Skip
          </button>
        </div>
      </form>
    );

  return (
    <div className="space-y-4" data-testid="review-start">
      {due > 0 ? (
        <button type="button" className={buttonStyles.primary} onClick={() => start({ mode: "due" })} disabled={busy} autoFocus>
          Start reviewing ({Math.min(due, 20)} of {due})
        </button>
      ) : (
        <Alert tone="info">
          <p className="font-medium" data-testid="review-empty">
            Nothing to review right now.
          </p>
          {nextDue ? (
            <p className="mt-1">
              The next card comes back {nextDue.when} ({nextDue.lesson}). Until then, practise ahead below, or pick up your next lesson from the{" "}
              <a className="underline" href={routes.dashboard()}>
                dashboard
              </a>
              .
            </p>
          ) : (
            <p className="mt-1">
              {hasCards ? "No cards are scheduled. " : "Cards appear here once you have answered a quiz. "}
              Pick a lesson on your <a className="underline" href={routes.dashboard()}>dashboard</a> and take its quiz.
            </p>
          )}
        </Alert>
      )}
      {cards && cards.length === 0 ? <p role="status">No cards to show in that mode.</p> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {hasCards ? (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonStyles.secondary} onClick={() => start({ mode: "ahead" })} disabled={busy}>
            Practise ahead
          </button>
          {missed > 0 ? (
            <button type="button" className={buttonStyles.secondary} onClick={() => start({ mode: "mistakes" })} disabled={busy}>
              Retry your mistakes ({missed})
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
