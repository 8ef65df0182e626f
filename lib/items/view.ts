/** Query parameters and number formats of the item-analysis pages. Pure. */
import { z } from "zod";
import type { WhichAttempts } from "./report";

/** `?attempts=all` analyses every submitted attempt; anything else, each learner's first. */
export const WhichParam = z.enum(["first", "all"]).catch("first");
export const parseWhich = (value: string | string[] | undefined): WhichAttempts => WhichParam.parse(Array.isArray(value) ? value[0] : value);

export const whichLabel = (which: WhichAttempts) => (which === "all" ? "all submitted attempts" : "each learner's first submitted attempt");

/** "62.5%" for a 0–1 share, "—" when undefined. */
export const share = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? "—" : `${(value * 100).toFixed(digits)}%`);
/** A Moodle index already on a 0–100 scale. */
export const index = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? "—" : value.toFixed(digits));

/** The URL of the list (no quiz), a quiz's report, or one question's page. */
export function itemsHref(which: WhichAttempts, quizId?: string, questionId?: string): string {
  const parts = ["admin", "items", ...(quizId ? [quizId] : []), ...(quizId && questionId ? [questionId] : [])];
  const path = `/${parts.map(encodeURIComponent).join("/")}`;
  return which === "all" ? `${path}?attempts=all` : path;
}
