/**
 * The chooser's questionnaire: every question, its answers and their labels, and the zod schema
 * that validates answers from a query string. Pure: the form, the page and the API all read it.
 */
import { z } from "zod";

export const FRAMEWORKS = ["django", "flask", "fastapi", "rails", "express"] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_NAMES: Record<Framework, string> = { django: "Django", flask: "Flask", fastapi: "FastAPI", rails: "Rails", express: "Express" };
export const FRAMEWORK_LANGUAGE = { django: "python", flask: "python", fastapi: "python", rails: "ruby", express: "javascript" } as const satisfies Record<Framework, string>;

const option = <V extends string>(value: V, label: string, hint?: string) => ({ value, label, hint });

/** In form order. `lang` takes several answers; every other question takes one. */
export const QUESTIONS = {
  lang: {
    legend: "Which languages does your team already write?",
    hint: "Pick every one that applies, or none.",
    options: [option("python", "Python"), option("ruby", "Ruby"), option("javascript", "JavaScript or TypeScript")],
  },
  build: {
    legend: "What are you building?",
    options: [
      option("json-api", "A JSON API", "for a single-page app, a mobile app or other services"),
      option("html-app", "A server-rendered HTML app", "pages, forms and sessions"),
      option("realtime", "Something realtime", "chat, live dashboards, notifications over WebSockets"),
      option("crud-admin", "A CRUD back office", "staff create, edit and search records"),
    ],
  },
  admin: {
    legend: "Do you need an admin interface for editing data?",
    options: [option("no", "No"), option("yes", "Yes")],
  },
  work: {
    legend: "What kind of work do requests do?",
    options: [
      option("typical", "Typical: read and write a database"),
      option("io", "Mostly waiting: many calls to other services, long-lived connections"),
      option("cpu", "CPU-heavy: number crunching, image or data processing"),
    ],
  },
  style: {
    legend: "Would you rather follow the framework's conventions or choose your own libraries?",
    options: [option("either", "No strong preference"), option("conventions", "Follow conventions"), option("libraries", "Choose libraries")],
  },
  team: {
    legend: "How big is the team?",
    options: [option("solo", "Just me"), option("small", "2 to 10 people"), option("large", "More than 10 people")],
  },
  experience: {
    legend: "How experienced is the team with web backends?",
    options: [option("beginner", "Mostly new to it"), option("mixed", "A mix"), option("experienced", "Mostly experienced")],
  },
  hosting: {
    legend: "Where will it run?",
    options: [
      option("any", "No constraint: a platform, containers or a VM"),
      option("serverless", "Serverless functions"),
      option("own-server", "Our own Linux server"),
    ],
  },
} as const;

type Questions = typeof QUESTIONS;
export type QuestionId = keyof Questions;
export type Answer<Q extends QuestionId> = Questions[Q]["options"][number]["value"];

/** The answer assumed for a question left out (`build` has none: it must be answered). */
export const DEFAULT_ANSWERS = { admin: "no", work: "typical", style: "either", team: "small", experience: "mixed", hosting: "any" } as const satisfies {
  [Q in Exclude<QuestionId, "lang" | "build">]: Answer<Q>;
};

/** The answers a question accepts, typed. */
export const answersOf = <Q extends QuestionId>(id: Q): Answer<Q>[] => QUESTIONS[id].options.map((o) => o.value);
const single = <Q extends QuestionId>(id: Q) => z.enum(answersOf(id), { error: `must be one of: ${answersOf(id).join(", ")}` });

/** Answers as the query string carries them; `build` is the one required question. */
export const Questionnaire = z.strictObject({
  lang: z
    // A query string carries one value as a string, several as an array, none as nothing.
    .preprocess((v) => (v === undefined ? [] : typeof v === "string" ? [v] : v), z.array(single("lang")))
    // One order regardless of how the query string listed them, so equal answers score equally.
    .transform((v) => answersOf("lang").filter((l) => v.includes(l))),
  build: single("build"),
  admin: single("admin").default(DEFAULT_ANSWERS.admin),
  work: single("work").default(DEFAULT_ANSWERS.work),
  style: single("style").default(DEFAULT_ANSWERS.style),
  team: single("team").default(DEFAULT_ANSWERS.team),
  experience: single("experience").default(DEFAULT_ANSWERS.experience),
  hosting: single("hosting").default(DEFAULT_ANSWERS.hosting),
});
export type Questionnaire = z.infer<typeof Questionnaire>;

export const isQuestionId = (key: string): key is QuestionId => Object.hasOwn(QUESTIONS, key);

/** A query string as an object: a repeated key becomes an array. `known` drops keys that are no question. */
export function queryToObject(params: URLSearchParams, options: { known?: boolean } = {}): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    if (options.known && !isQuestionId(key)) continue;
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

/** Next's `searchParams` object as URLSearchParams, repeated keys kept. */
export function fromSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) for (const v of [value ?? []].flat()) params.append(key, v);
  return params;
}

/** The canonical query string for a questionnaire: what the form submits and what a link shares. */
export function toQuery(q: Questionnaire): string {
  const params = new URLSearchParams();
  for (const l of q.lang) params.append("lang", l);
  for (const id of ["build", "admin", "work", "style", "team", "experience", "hosting"] as const) params.set(id, q[id]);
  return params.toString();
}

/** The answers a form should show as chosen: the valid ones given, else the defaults. */
export function answersToShow(input: Record<string, string | string[]>): Record<QuestionId, string[]> {
  const pick = (id: QuestionId, fallback: string[]) => {
    const valid: string[] = QUESTIONS[id].options.map((o) => o.value);
    const given = [input[id] ?? []].flat().filter((v) => valid.includes(v));
    return given.length ? given : fallback;
  };
  return {
    lang: pick("lang", []),
    build: pick("build", []),
    admin: pick("admin", [DEFAULT_ANSWERS.admin]),
    work: pick("work", [DEFAULT_ANSWERS.work]),
    style: pick("style", [DEFAULT_ANSWERS.style]),
    team: pick("team", [DEFAULT_ANSWERS.team]),
    experience: pick("experience", [DEFAULT_ANSWERS.experience]),
    hosting: pick("hosting", [DEFAULT_ANSWERS.hosting]),
  };
}

/** Validation problems as sentences a person can act on, one per issue. */
export function describeIssues(error: z.ZodError, input: Record<string, unknown>): string[] {
  return error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "");
    if (!isQuestionId(key)) return issue.message;
    if (input[key] === undefined) return `${QUESTIONS[key].legend} Please choose an answer.`;
    return `${QUESTIONS[key].legend} The answer ${issue.message}.`;
  });
}
