"use client";
import { isAnswerOf, unhandledType, type AnswerOf, type AnswerValue } from "@/lib/quiz/answers";
import type { PublicQuestion, PublicQuestionOf } from "@/lib/quiz/public";
import { InlineCode } from "@/app/_components/inline-code";
import { optionCodeKey, plainText } from "@/lib/quiz/format";
import { buttonStyles } from "@/app/_components/ui";
import { OptionCode } from "./option-code";

type Props = {
  question: PublicQuestion;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  /** Highlighted code of options that carry code, keyed by `optionCodeKey`; plain code when absent. */
  codeHtml?: Record<string, string>;
};

const choice =
  "flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2.5 hover:bg-slate-50 has-[:checked]:border-sky-600 has-[:checked]:bg-sky-50 dark:border-slate-700 dark:hover:bg-slate-800 dark:has-[:checked]:border-sky-400 dark:has-[:checked]:bg-sky-950";
const control = "mt-1 size-4 shrink-0 accent-sky-700";

/**
 * The input for one question, by type; every type works with the keyboard alone. A value of
 * another shape than the question's type (a stale draft) shows as unanswered.
 */
export function QuestionInput({ question, value, onChange, codeHtml }: Props) {
  const name = `q-${question.id}`;
  switch (question.type) {
    case "single":
      return (
        <div className="space-y-2">
          {question.options.map((o) => (
            <label key={o.id} className={choice} data-option-id={o.id}>
              <input type="radio" name={name} className={control} checked={value === o.id} onChange={() => onChange(o.id)} />
              <span className="min-w-0 flex-1">
                <InlineCode text={o.text} />
                {o.code ? <OptionCode code={o.code} html={codeHtml?.[optionCodeKey(question.id, o.id)]} /> : null}
              </span>
            </label>
          ))}
        </div>
      );
    case "multiple": {
      const picked = new Set(isAnswerOf.multiple(value) ? value : []);
      return (
        <div className="space-y-2">
          <p className="text-sm text-slate-600 dark:text-slate-300">Select all that apply.</p>
          {question.options.map((o) => (
            <label key={o.id} className={choice} data-option-id={o.id}>
              <input
                type="checkbox"
                name={name}
                className={control}
                checked={picked.has(o.id)}
                onChange={(e) => {
                  const next = new Set(picked);
                  if (e.target.checked) next.add(o.id);
                  else next.delete(o.id);
                  onChange(question.options.map((x) => x.id).filter((id) => next.has(id)));
                }}
              />
              <span className="min-w-0 flex-1">
                <InlineCode text={o.text} />
                {o.code ? <OptionCode code={o.code} html={codeHtml?.[optionCodeKey(question.id, o.id)]} /> : null}
              </span>
            </label>
          ))}
        </div>
      );
    }
    case "true_false":
      return (
        <div className="flex flex-wrap gap-2">
          {[true, false].map((b) => (
            <label key={String(b)} className={`${choice} min-w-28`}>
              <input type="radio" name={name} className={control} checked={value === b} onChange={() => onChange(b)} />
              <span>{b ? "True" : "False"}</span>
            </label>
          ))}
        </div>
      );
    case "short_text":
      return (
        <input
          type="text"
          aria-label="Your answer"
          maxLength={500}
          autoComplete="off"
          className="w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
          value={isAnswerOf.short_text(value) ? value : ""}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case "ordering":
      return <OrderingInput question={question} value={isAnswerOf.ordering(value) ? value : undefined} onChange={onChange} />;
    case "matching": {
      const pairs = isAnswerOf.matching(value) ? value : {};
      return (
        <div className="space-y-2">
          {question.left.map((l) => (
            <div key={l.id} className="flex flex-wrap items-center gap-3">
              <span className="min-w-40 font-medium" aria-hidden>
                <InlineCode text={l.text} />
              </span>
              <select
                aria-label={`Match for ${plainText(l.text)}`}
                className="min-h-10 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
                value={pairs[l.id] ?? ""}
                onChange={(e) => {
                  const next = { ...pairs };
                  if (e.target.value) next[l.id] = e.target.value;
                  else delete next[l.id];
                  onChange(next);
                }}
              >
                <option value="">Choose a match…</option>
                {question.right.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.text}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
    default:
      return unhandledType(question);
  }
}

type OrderingProps = { question: PublicQuestionOf<"ordering">; value: AnswerOf<"ordering"> | undefined; onChange: (v: AnswerOf<"ordering">) => void };

function OrderingInput({ question, value, onChange }: OrderingProps) {
  const order = value ?? question.options.map((o) => o.id);
  const text = (id: string) => question.options.find((o) => o.id === id)?.text ?? id;
  const move = (from: number, to: number) => {
    const next = [...order];
    next.splice(to, 0, ...next.splice(from, 1));
    onChange(next);
  };
  return (
    <ol className="space-y-2">
      {order.map((id, i) => (
        <li key={id} data-option-id={id} className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700">
          <span className="w-6 text-sm text-slate-600 dark:text-slate-300">{i + 1}.</span>
          <span className="min-w-0 flex-1">
            <InlineCode text={text(id)} />
          </span>
          <button type="button" className={buttonStyles.ghost} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move "${plainText(text(id))}" up`}>
            ↑
          </button>
          <button type="button" className={buttonStyles.ghost} disabled={i === order.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move "${plainText(text(id))}" down`}>
            ↓
          </button>
        </li>
      ))}
    </ol>
  );
}
