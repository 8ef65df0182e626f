/**
 * The rules of compare pages and their quizzes (content:check runs them). Pure.
 */
import type { Catalog } from "./catalog";
import { compareQuizId, FRAMEWORK_LABELS, type ComparePage } from "./compare";
import { FRAMEWORKS, type Framework } from "./schema";
import { routes } from "@/lib/routes";

/** The language(s) a framework's implementation is written in; the first code block uses one of them. */
export const MAIN_LANGUAGES: Record<Framework, { first: string[]; required: string[] }> = {
  django: { first: ["python"], required: ["python"] },
  flask: { first: ["python"], required: ["python"] },
  fastapi: { first: ["python"], required: ["python"] },
  // A template may come first (erb), but the Rails side always shows Ruby too.
  rails: { first: ["ruby", "erb"], required: ["ruby"] },
  express: { first: ["javascript", "typescript"], required: ["javascript", "typescript"] },
};
/** Further blocks may be in these: commands, config, templates, SQL, Prisma schemas, payloads. */
export const EXTRA_LANGUAGES = ["bash", "yaml", "html", "sql", "erb", "json", "toml", "jinja", "dotenv", "ini", "prisma", "text"];

export const COMPARE_QUIZ = { minQuestions: 6, translateShare: 0.5 } as const;

const REQUIRED_SUBSECTIONS = {
  baseline: ["The baseline", "Learn it"],
  other: ["Different from Django", "The Django habit that bites", "Learn it"],
};

/** Internal URLs a compare page may link to; anything else starting with "/" is a broken link. */
function internalTargets(catalog: Catalog): Set<string> {
  const targets = new Set<string>([routes.compareIndex(), routes.dashboard(), routes.choose()]);
  for (const track of catalog.tracks) {
    targets.add(routes.track(track.slug));
    for (const lesson of track.lessons) targets.add(routes.lesson(track.slug, lesson.slug));
  }
  for (const page of catalog.compare) {
    targets.add(routes.compare(page.concept));
    targets.add(routes.compareQuiz(page.concept));
  }
  return targets;
}

const stripFragment = (url: string) => url.replace(/[?#].*$/, "").replace(/(.)\/$/, "$1");

export function checkComparePages(catalog: Catalog): string[] {
  const problems: string[] = [];
  const conceptIds = new Set(catalog.concepts.map((c) => c.id));
  const targets = internalTargets(catalog);
  const seen = new Map<string, string>();

  for (const page of catalog.compare) {
    const at = (path: string, message: string) => problems.push(`${page.file}: ${path}: ${message}`);
    const named = /([^/\\]+)\.md$/.exec(page.file)?.[1];
    if (page.concept !== named) at("concept", `"${page.concept}" must equal the file name ("${named}")`);
    if (!conceptIds.has(page.concept)) at("concept", `unknown concept "${page.concept}" (add it to content/concepts.yaml)`);
    const twice = seen.get(page.concept);
    if (twice) at("concept", `"${page.concept}" is already compared in ${twice}`);
    seen.set(page.concept, page.file);

    for (const f of FRAMEWORKS) if (!page.sources.some((s) => s.framework === f)) at("sources", `cite at least one ${FRAMEWORK_LABELS[f]} documentation page`);
    page.headingProblems.forEach((p) => at("body", p));
    const order = page.sections.map((s) => s.framework);
    if (order.join() !== FRAMEWORKS.join())
      at("body", `needs the sections ${FRAMEWORKS.map((f) => `"## ${FRAMEWORK_LABELS[f]}"`).join(", ")} once each, in that order (found ${order.map((f) => FRAMEWORK_LABELS[f]).join(", ") || "none"})`);

    for (const section of page.sections) {
      const where = `body: ## ${FRAMEWORK_LABELS[section.framework]} (line ${section.line})`;
      const langs = MAIN_LANGUAGES[section.framework];
      const [first] = section.code;
      if (!first) at(where, "needs a fenced code block (with title=\"path/of/the/file\") before its first ### heading");
      else {
        if (!first.title) at(`${where}: line ${first.line}`, 'the first code block needs title="path/of/the/file"');
        if (!langs.first.includes(first.language)) at(`${where}: line ${first.line}`, `the first code block must be ${langs.first.join(" or ")} (found "${first.language || "none"}")`);
        if (!section.code.some((c) => langs.required.includes(c.language))) at(where, `needs at least one ${langs.required.join(" or ")} code block`);
      }
      for (const block of section.code.slice(1))
        if (!langs.first.includes(block.language) && !EXTRA_LANGUAGES.includes(block.language))
          at(`${where}: line ${block.line}`, `code block language "${block.language || "none"}" is not allowed here (${[...langs.first, ...EXTRA_LANGUAGES].join(", ")})`);

      const titles = section.subsections.map((s) => s.title);
      for (const title of section.framework === "django" ? REQUIRED_SUBSECTIONS.baseline : REQUIRED_SUBSECTIONS.other)
        if (!titles.includes(title)) at(where, `needs a "### ${title}" subsection`);
      const learn = page.links.filter((l) => l.framework === section.framework && l.subsection === "Learn it" && /^\/(learn\/[^/]+\/[^/]+|compare\/[^/]+)\/?$/.test(stripFragment(l.url)));
      if (!learn.length) at(where, '"### Learn it" needs a link to a lesson (/learn/<track>/<slug>) or a compare page (/compare/<concept>)');
    }
    for (const link of page.links)
      if (link.url.startsWith("/") && !targets.has(stripFragment(link.url))) at(`body: line ${link.line}`, `link "${link.url}" does not resolve to a page`);

    problems.push(...checkCompareQuiz(page));
  }
  return problems;
}

function checkCompareQuiz(page: ComparePage): string[] {
  const { quiz } = page;
  const problems: string[] = [];
  const at = (path: string, message: string) => problems.push(`${quiz.file}: ${path}: ${message}`);
  if (quiz.id !== compareQuizId(page.concept)) at("id", `expected "${compareQuizId(page.concept)}"`);
  if (quiz.draw === undefined) at("draw", `compare quizzes draw from a bank: set draw (e.g. ${COMPARE_QUIZ.minQuestions})`);
  if (quiz.questions.length < COMPARE_QUIZ.minQuestions) at("questions", `${quiz.questions.length} questions; the bank needs at least ${COMPARE_QUIZ.minQuestions}`);
  const translate = quiz.questions.filter((q) => (q.frameworks?.length ?? 0) >= 2).length;
  if (translate < quiz.questions.length * COMPARE_QUIZ.translateShare)
    at("questions", `${translate} of ${quiz.questions.length} are translate questions (frameworks: [from, to]); at least half must be`);
  quiz.questions.forEach((q, i) => {
    const path = `questions[${i}] (${q.id})`;
    if (!q.frameworks) at(`${path}.frameworks`, "list the frameworks the question tests, e.g. [flask, rails]");
    if (!q.concepts.includes(page.concept)) at(`${path}.concepts`, `must include "${page.concept}"`);
  });
  return problems;
}
