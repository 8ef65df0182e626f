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
const withoutText = (options: { text: string }[]) => options.map(({ text: _text, ...rest }) => rest);

/** The question minus what the GIFT text itself carries (prompt, explanation, option texts, accepted answers). */
export function questionMeta(question: Question): Rec {
  const { prompt: _prompt, explanation: _explanation, ...rest } = question;
  switch (rest.type) {
    case "single":
    case "multiple":
    case "ordering":
      return { ...rest, options: withoutText(rest.options) };
    case "matching":
      return { ...rest, left: withoutText(rest.left), right: withoutText(rest.right) };
    case "short_text": {
      const { accept: _accept, ...others } = rest;
      return others;
    }
    case "true_false":
      return rest;
  }
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
