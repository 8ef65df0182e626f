/**
 * The five frameworks Framewise compares, and the "I know ___, I am learning ___" pair.
 * Pure and dependency-free, so client islands can use it too.
 */
export const FRAMEWORKS = ["django", "flask", "fastapi", "rails", "express"] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_LABELS: Record<Framework, string> = { django: "Django", flask: "Flask", fastapi: "FastAPI", rails: "Rails", express: "Express" };

/** Django is the baseline every lesson compares against. */
export const BASELINE: Framework = "django";

export const isFramework = (value: unknown): value is Framework => typeof value === "string" && (FRAMEWORKS as readonly string[]).includes(value);

/**
 * The columns to show for `?from=&to=`: the two frameworks (known one first) when both are valid and
 * different, else all five.
 */
export function shownFrameworks(from: unknown, to: unknown): Framework[] {
  return isFramework(from) && isFramework(to) && from !== to ? [from, to] : [...FRAMEWORKS];
}

export type Pair = { from: Framework; to: Framework | "all" };

/**
 * The map's "I know ___, I am learning ___" from the query string: `from` defaults to Django; a
 * missing `to` defaults to the track the learner studied last (when it is another framework), else
 * all five. `to=all` asks for all five explicitly. Unknown values fall back to the defaults.
 */
export function resolvePair(query: { from?: unknown; to?: unknown }, lastStudied: string | null = null): Pair {
  const from = isFramework(query.from) ? query.from : BASELINE;
  if (isFramework(query.to) && query.to !== from) return { from, to: query.to };
  if (query.to === undefined && isFramework(lastStudied) && lastStudied !== from) return { from, to: lastStudied };
  return { from, to: "all" };
}

export const pairFrameworks = (pair: Pair): Framework[] => (pair.to === "all" ? [...FRAMEWORKS] : [pair.from, pair.to]);
