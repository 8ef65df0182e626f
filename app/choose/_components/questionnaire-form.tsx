import Form from "next/form";
import { QUESTIONS, type QuestionId } from "@/lib/choose/questionnaire";
import { buttonStyles } from "../../_components/ui";
import { routes } from "@/lib/routes";

const QUESTION_IDS: QuestionId[] = ["lang", "build", "admin", "work", "style", "team", "experience", "hosting"];

/**
 * A plain GET form: answers go to the query string. With JavaScript, next/form navigates on the
 * client; without it, the browser submits the same URL.
 */
export function QuestionnaireForm({ selected }: { selected: Record<QuestionId, string[]> }) {
  return (
    <Form action={routes.choose()} className="space-y-6" aria-labelledby="questions-heading">
      {QUESTION_IDS.map((id) => {
        const question = QUESTIONS[id];
        const multiple = id === "lang";
        const hintId = `${id}-hint`;
        return (
          <fieldset key={id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900" aria-describedby={"hint" in question ? hintId : undefined}>
            <legend className="px-1 font-medium">
              {question.legend}
              {id === "build" ? <span className="text-rose-700 dark:text-rose-300"> (required)</span> : null}
            </legend>
            {"hint" in question ? (
              <p id={hintId} className="mb-2 text-sm text-slate-600 dark:text-slate-300">
                {question.hint}
              </p>
            ) : null}
            <div className="mt-1 grid gap-1 sm:grid-cols-2">
              {question.options.map((option) => (
                <label key={option.value} className="flex min-h-10 cursor-pointer items-start gap-2 rounded-md px-2 py-2 hover:bg-slate-50 dark:hover:bg-slate-800">
                  <input
                    type={multiple ? "checkbox" : "radio"}
                    name={id}
                    value={option.value}
                    defaultChecked={selected[id].includes(option.value)}
                    required={id === "build"}
                    className="mt-1 size-4 shrink-0 accent-sky-700 dark:accent-sky-400"
                  />
                  <span>
                    {option.label}
                    {option.hint ? <span className="block text-sm text-slate-600 dark:text-slate-300">{option.hint}</span> : null}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <button type="submit" className={buttonStyles.primary}>
        Rank the frameworks
      </button>
    </Form>
  );
}
