import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkCatalog, type Catalog } from "@/lib/content/catalog";
import { parseCompareBody } from "@/lib/content/compare";
import { pairFrameworks, resolvePair, shownFrameworks } from "@/lib/content/frameworks";
import { parseComparePage, parseQuiz } from "@/lib/content/parse";
import { readCatalog } from "@/lib/content/read";

const { catalog: real } = readCatalog(path.resolve("content"));
const ROUTING_MD = readFileSync(path.resolve("content/compare/routing.md"), "utf8");
const ROUTING_QUIZ = readFileSync(path.resolve("content/compare/routing.quiz.yaml"), "utf8");

/** The real catalog with one compare page built from (edited) text, checked as content:check would. */
function problemsOf(md: string, quizYaml = ROUTING_QUIZ, file = "content/compare/routing.md"): string[] {
  const concept = /([^/]+)\.md$/.exec(file)![1]!;
  const quiz = parseQuiz(`compare.${concept}`, quizYaml, file.replace(/\.md$/, ".quiz.yaml"));
  const catalog: Catalog = { ...real, compare: [parseComparePage(md, file, quiz)] };
  return checkCatalog(catalog).filter((p) => p.startsWith("content/compare"));
}

describe("compare pages", () => {
  test("every compare page in content/ passes, and quiz ids never clash with lessons'", () => {
    expect(real.compare.map((p) => p.concept)).toContain("routing");
    expect(problemsOf(ROUTING_MD)).toEqual([]);
    const ids = [...real.tracks.flatMap((t) => t.lessons.map((l) => l.quiz.id)), ...real.compare.map((p) => p.quiz.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("the body splits into the five sections, code first, with file titles and line numbers", () => {
    const page = real.compare.find((p) => p.concept === "routing")!;
    expect(page.sections.map((s) => s.framework)).toEqual(["django", "flask", "fastapi", "rails", "express"]);
    const rails = page.sections[3]!;
    expect(rails.code.map((c) => [c.language, c.title])).toEqual([
      ["ruby", "config/routes.rb"],
      ["ruby", "app/controllers/books_controller.rb"],
    ]);
    expect(ROUTING_MD.split("\n")[rails.code[0]!.line - 1]).toBe('```ruby title="config/routes.rb"');
    expect(rails.subsections.map((s) => s.title)).toEqual(["Different from Django", "The Django habit that bites", "Learn it"]);
    expect(page.intro).toMatch(/^The job is the same everywhere/);
  });

  test.each([
    { label: "a missing section", edit: (md: string) => md.replace(/## Express[\s\S]*$/, ""), problem: /needs the sections .* \(found Django, Flask, FastAPI, Rails\)/ },
    { label: "sections out of order", edit: (md: string) => md.replace("## Flask", "## Rails").replace("## Rails\n\n```ruby", "## Flask\n\n```ruby"), problem: /in that order/ },
    { label: "an unknown section", edit: (md: string) => md.replace("## Express", "## Express.js"), problem: /"## Express\.js" is not a framework section/ },
    { label: "Python in the Rails section", edit: (md: string) => md.replace('```ruby title="config/routes.rb"', '```python title="config/routes.rb"'), problem: /## Rails .*the first code block must be ruby or erb \(found "python"\)/ },
    { label: "a main code block without a file title", edit: (md: string) => md.replace('```javascript title="app.js"', "```javascript"), problem: /## Express .*needs title="path\/of\/the\/file"/ },
    { label: "a block in a language nobody allows", edit: (md: string) => md.replace('```python title="books/urls.py"', '```rust title="books/urls.py"'), problem: /code block language "rust" is not allowed/ },
    { label: "a missing subsection", edit: (md: string) => md.replace("### The Django habit that bites\n\nTrailing", "### Gotcha\n\nTrailing"), problem: /## Flask .*needs a "### The Django habit that bites" subsection/ },
    { label: "Learn it without a lesson link", edit: (md: string) => md.replace("- [Routing and middleware: requests as a pipeline](/learn/express/routing-and-middleware)", "- Read the Express guide."), problem: /## Express .*"### Learn it" needs a link/ },
    { label: "a link that resolves to nothing", edit: (md: string) => md.replace("/learn/flask/routing-and-requests", "/learn/flask/no-such-lesson"), problem: /link "\/learn\/flask\/no-such-lesson" does not resolve/ },
    { label: "a summary over 120 characters", edit: (md: string) => md.replace('  rails: "resources', `  rails: "${"x".repeat(120)} resources`), problem: /summaries\.rails/, parseError: true },
    { label: "a framework without a source", edit: (md: string) => md.replace(/  - \{ framework: express.*\n/g, ""), problem: /sources: cite at least one Express documentation page/ },
    { label: "a concept that is not the file name", edit: (md: string) => md.replace("concept: routing", "concept: orm"), problem: /concept: "orm" must equal the file name \("routing"\)/ },
  ])("content:check names $label", ({ edit, problem, parseError }) => {
    if (parseError) expect(() => problemsOf(edit(ROUTING_MD))).toThrow(problem);
    else expect(problemsOf(edit(ROUTING_MD)).join("\n")).toMatch(problem);
  });

  test("a concept compared twice, and a concept not in concepts.yaml, are refused", () => {
    const quiz = parseQuiz("compare.routing", ROUTING_QUIZ, "content/compare/routing.quiz.yaml");
    const one = parseComparePage(ROUTING_MD, "content/compare/routing.md", quiz);
    const twice = checkCatalog({ ...real, compare: [one, { ...one, file: "content/compare/routing-again.md" }] });
    expect(twice.join("\n")).toMatch(/"routing" is already compared in content\/compare\/routing\.md/);
    const unknown = problemsOf(ROUTING_MD.replace("concept: routing", "concept: wizardry"), ROUTING_QUIZ, "content/compare/wizardry.md");
    expect(unknown.join("\n")).toMatch(/unknown concept "wizardry"/);
  });

  test.each([
    { label: "no draw", edit: (y: string) => y.replace("draw: 6\n", ""), problem: /draw: compare quizzes draw from a bank/ },
    { label: "a question without frameworks", edit: (y: string) => y.replace("    frameworks: [django]\n", ""), problem: /\(django-methods\)\.frameworks: list the frameworks/ },
    { label: "a question not tagged with the page's concept", edit: (y: string) => y.replace("concepts: [routing, conventions]", "concepts: [conventions]"), problem: /\(django-to-rails-route\)\.concepts: must include "routing"/ },
    { label: "too few translate questions", edit: (y: string) => y.replace(/frameworks: \[(\w+), \w+\]/g, "frameworks: [$1]"), problem: /0 of 9 are translate questions/ },
    { label: "an answer that is not an option", edit: (y: string) => y.replace("answer: resources-only-show", "answer: nope"), problem: /unknown option "nope"/ },
  ])("the quiz check names $label", ({ edit, problem }) => {
    expect(problemsOf(ROUTING_MD, edit(ROUTING_QUIZ)).join("\n")).toMatch(problem);
  });

  test("headings before the first framework are reported; prose before it is the intro", () => {
    const parsed = parseCompareBody("Intro text.\n\n### Stray\n\n## Django\n\n```python title=\"a.py\"\nx = 1\n```\n");
    expect(parsed.intro).toBe("Intro text.");
    expect(parsed.headingProblems).toEqual(["line 3: heading before the first framework section"]);
    expect(parsed.sections[0]!.code[0]).toEqual({ language: "python", title: "a.py", source: "x = 1", line: 7 });
  });
});

describe("I know ___, I am learning ___", () => {
  test.each([
    { label: "nothing chosen, nothing studied: Django and all five", query: {}, last: null, pair: { from: "django", to: "all" } },
    { label: "nothing chosen: Django → the last studied track", query: {}, last: "rails", pair: { from: "django", to: "rails" } },
    { label: "an explicit choice wins over the last studied track", query: { from: "flask", to: "express" }, last: "rails", pair: { from: "flask", to: "express" } },
    { label: "to=all asks for all five even with a studied track", query: { to: "all" }, last: "rails", pair: { from: "django", to: "all" } },
    { label: "the same framework twice is all five", query: { from: "rails", to: "rails" }, last: null, pair: { from: "rails", to: "all" } },
    { label: "unknown values fall back", query: { from: "spring", to: ["rails", "flask"] }, last: null, pair: { from: "django", to: "all" } },
    { label: "a last studied track that is the known one is ignored", query: { from: "rails" }, last: "rails", pair: { from: "rails", to: "all" } },
  ])("$label", ({ query, last, pair }) => {
    expect(resolvePair(query, last)).toEqual(pair);
  });

  test("columns: the known framework first, or all five", () => {
    expect(pairFrameworks({ from: "rails", to: "django" })).toEqual(["rails", "django"]);
    expect(pairFrameworks({ from: "django", to: "all" })).toHaveLength(5);
    expect(shownFrameworks("django", "fastapi")).toEqual(["django", "fastapi"]);
    expect(shownFrameworks("django", null)).toEqual(["django", "flask", "fastapi", "rails", "express"]);
  });
});
