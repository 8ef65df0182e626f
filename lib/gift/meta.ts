/**
 * What GIFT cannot say (ids, concepts, points, code, misconception tags, and any field added
 * later) travels in a `// @framewise {json}` comment above each question, and the quiz's own
 * fields in `// @framewise-quiz {json}`. Moodle ignores comments; our importer reads them back.
 */
import type { Question } from "@/lib/content/schema";

export const QUESTION_META = "@framewise ";
export const QUIZ_META = "@framewise-quiz ";

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const without = (rec: Rec, keys: Set<string>): Rec => Object.fromEntries(Object.entries(rec).filter(([k]) => !keys.has(k)));

/** Carried by the GIFT text itself: the prompt, the explanation (####), accepted answers and option texts. */
const IN_GIFT = new Set(["prompt", "explanation", "accept"]);
const OPTION_LISTS = new Set(["options", "left", "right"]);
const TEXT = new Set(["text"]);

/** The question minus what the GIFT text carries; any other field, present or future, is kept. */
export function questionMeta(question: Question): Rec {
  return Object.fromEntries(
    Object.entries(without(question, IN_GIFT)).map(([k, v]) => [k, OPTION_LISTS.has(k) && Array.isArray(v) ? v.map((o) => (isRecord(o) ? without(o, TEXT) : o)) : v]),
  );
}

export function readMeta(comments: string[], prefix: string): Rec | undefined {
  for (const comment of comments) {
    if (!comment.startsWith(prefix)) continue;
    try {
      const value: unknown = JSON.parse(comment.slice(prefix.length));
      if (isRecord(value)) return value;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export { isRecord };
