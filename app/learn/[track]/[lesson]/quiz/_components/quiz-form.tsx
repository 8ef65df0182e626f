"use client";
import { useEffect, useRef, useState } from "react";
import { ApiCallError, call, dataOf } from "@/lib/api/client";
import { refs } from "@/lib/api/refs";
import { isAnswerOf, type AnswerValue } from "@/lib/quiz/answers";
import { plainText } from "@/lib/quiz/format";
import type { AttemptResult } from "@/lib/quiz/grade";
import type { AttemptView, PublicQuestion } from "@/lib/quiz/public";
import { InlineCode } from "@/app/_components/inline-code";
import { QuestionCode } from "@/app/_components/question-code";
import { Alert, ButtonLink, buttonStyles } from "@/app/_components/ui";
import { QuestionInput } from "./question-input";
import { QuizResult } from "./quiz-result";
import { SaveStatus } from "./save-status";
import { clearLocalDraft, initialAnswers, useDraftAutosave, type Answers } from "./use-draft";
import { routes } from "@/lib/routes";

type Props = { quizId: string; codeHtml: Record<string, string>; retryHref: string; nextHref: string | null };

/** Starts (or resumes) an attempt, autosaves answers, and shows the graded result. */
export function QuizForm({ quizId, codeHtml, retryHref, nextHref }: Props) {
  const [attempt, setAttempt] = useState<AttemptView | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<AttemptResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const autosave = useDraftAutosave(result ? null : (attempt?.id ?? null), answers, dirty);

  useEffect(() => {
    call(refs.startAttempt, { params: { quizId } })
      .then((result) => {
        const data = dataOf(result);
        setAttempt(data.attempt);
        setAnswers(initialAnswers(data.attempt));
      })
      .catch((e: Error) => setError(e.message));
  }, [quizId]);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  if (error && !attempt) return <Alert tone="error">Could not start the quiz: {error}</Alert>;
  if (!attempt) return <p aria-live="polite">Loading questions…</p>;
  if (result)
    return (
      <div ref={resultRef} tabIndex={-1} className="outline-none">
        <QuizResult questions={attempt.questions} result={result} passPercent={attempt.passPercent} codeHtml={codeHtml} />
        <div className="mt-6 flex flex-wrap gap-3">
          <a href={retryHref} className={buttonStyles.secondary}>
            Try again
          </a>
          {nextHref ? <ButtonLink href={nextHref}>Next lesson</ButtonLink> : null}
          <ButtonLink href={routes.dashboard()} variant="ghost">
            Dashboard
          </ButtonLink>
        </div>
      </div>
    );

  const total = attempt.questions.length;
  const answered = attempt.questions.filter((q) => isAnswered(answers[q.id])).length;
  const setAnswer = (id: string, value: AnswerValue) => {
    setDirty(true);
    setAnswers((prev) => ({ ...prev, [id]: value }));
  };

  async function submit(attemptId: string) {
    setSubmitting(true);
    setError(null);
    try {
      const payload = Object.entries(answers)
        .filter(([, v]) => isAnswered(v))
        .map(([questionId, answer]) => ({ questionId, answer }));
      const data = dataOf(await call(refs.submitAttempt, { params: { attemptId }, body: { answers: payload } }));
      clearLocalDraft(attemptId);
      setResult(data.result);
    } catch (e) {
      const offline = e instanceof ApiCallError && e.offline;
      setError(offline ? "Could not reach the server. Your answers are kept; submit again when you are back online." : (e as Error).message);
    } finally {
      setSubmitting(false);
      setConfirming(false);
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (answered < total && !confirming) setConfirming(true);
        else void submit(attempt.id);
      }}
      // Long identifiers in prompts and options wrap instead of widening the page on a phone.
      className="space-y-6 wrap-anywhere"
    >
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 bg-slate-50/95 py-2 text-sm dark:bg-slate-950/95">
        <p className="font-medium" aria-live="polite">
          {answered} of {total} answered
        </p>
        <SaveStatus online={autosave.online} state={autosave.state} savedAt={autosave.savedAt} />
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">Tip: inside a question, number keys 1–9 pick an option.</p>
      {attempt.questions.map((q, i) => (
        <fieldset
          key={q.id}
          // min-w-0: a fieldset is as wide as its widest content by default, so a long code line
          // would widen the page instead of scrolling inside its block.
          className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900"
          data-testid={`question-${q.id}`}
          onKeyDown={(e) => pickByNumber(e, q, answers[q.id], (v) => setAnswer(q.id, v))}
        >
          {/* Screen readers announce the legend with every option; the styled copy below is for the eye. */}
          <legend className="sr-only">
            Question {i + 1} of {total}: {plainText(q.prompt)}
          </legend>
          <p className="mb-3 font-medium" aria-hidden="true">
            <span className="text-slate-600 dark:text-slate-300">{i + 1}.</span> <InlineCode text={q.prompt} />
          </p>
          <QuestionCode html={codeHtml[q.id]} className="mb-4" />
          <QuestionInput question={q} value={answers[q.id]} onChange={(v) => setAnswer(q.id, v)} codeHtml={codeHtml} />
        </fieldset>
      ))}
      {error ? (
        <Alert tone="error" live>
          {error}
        </Alert>
      ) : null}
      {confirming ? (
        <Alert tone="info">
          <p>
            {total - answered} {total - answered === 1 ? "question is" : "questions are"} unanswered and will score nothing. Submit anyway?
          </p>
          <div className="mt-3 flex gap-2">
            <button type="submit" className={buttonStyles.primary} disabled={submitting} autoFocus>
              Submit anyway
            </button>
            <button type="button" className={buttonStyles.secondary} onClick={() => setConfirming(false)}>
              Keep answering
            </button>
          </div>
        </Alert>
      ) : (
        <button type="submit" className={buttonStyles.primary} disabled={submitting}>
          {submitting ? "Submitting…" : "Submit answers"}
        </button>
      )}
    </form>
  );
}

/** Number keys choose the nth option of single, multiple and true/false questions. */
export function pickByNumber(event: React.KeyboardEvent, question: PublicQuestion, current: AnswerValue | undefined, set: (v: AnswerValue) => void) {
  const typing = event.target instanceof Element && event.target.matches("input[type=text], textarea, select");
  if (!/^[1-9]$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey || typing) return;
  const index = Number(event.key) - 1;
  if (question.type === "true_false") {
    if (index < 2) set(index === 0);
  } else if (question.type === "single" || question.type === "multiple") {
    const option = question.options[index];
    if (!option) return;
    if (question.type === "single") set(option.id);
    else {
      const picked = new Set(isAnswerOf.multiple(current) ? current : []);
      if (picked.has(option.id)) picked.delete(option.id);
      else picked.add(option.id);
      set(question.options.map((o) => o.id).filter((id) => picked.has(id)));
    }
  } else return;
  event.preventDefault();
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}
