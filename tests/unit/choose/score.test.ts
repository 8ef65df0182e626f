import path from "node:path";
import { describe, expect, test } from "vitest";
import { citeExists, citeLabel, isCite } from "@/lib/choose/cite";
import { Questionnaire, type Framework } from "@/lib/choose/questionnaire";
import { recommend, type LearnerMastery } from "@/lib/choose/score";
import { LANGUAGE_MATCH, LANGUAGE_REASONS, MASTERY_MAX, NATIVE_ONLY, RULES, type Rule } from "@/lib/choose/weights";
import { readCatalog } from "@/lib/content/read";

const catalog = readCatalog(path.resolve("content")).catalog;
const order = (input: Record<string, unknown>, mastery?: LearnerMastery) => recommend(Questionnaire.parse(input), mastery).ranking.map((r) => r.framework);

describe("realistic teams get the framework a practitioner would suggest first", () => {
  test.each([
    { label: "Python team, async JSON API → FastAPI", input: { lang: "python", build: "json-api", work: "io" }, first: "fastapi" },
    { label: "Ruby team, CRUD back office with an admin → Rails", input: { lang: "ruby", build: "crud-admin", admin: "yes" }, first: "rails" },
    { label: "JavaScript team, realtime → Express", input: { lang: "javascript", build: "realtime" }, first: "express" },
    { label: "Python team, HTML app with an admin → Django", input: { lang: "python", build: "html-app", admin: "yes" }, first: "django" },
    { label: "Python team, CRUD back office with an admin → Django", input: { lang: "python", build: "crud-admin", admin: "yes", style: "conventions" }, first: "django" },
    { label: "Python team, CPU-heavy JSON API → FastAPI", input: { lang: "python", build: "json-api", work: "cpu" }, first: "fastapi" },
    { label: "Python team who pick their own libraries, small HTML app → Flask", input: { lang: "python", build: "html-app", style: "libraries", experience: "experienced" }, first: "flask" },
    { label: "JavaScript team, JSON API on serverless functions → Express", input: { lang: "javascript", build: "json-api", hosting: "serverless", style: "libraries" }, first: "express" },
    { label: "New team, no language yet, conventional HTML app, large team → Rails or Django", input: { build: "html-app", style: "conventions", team: "large", experience: "beginner" }, first: "rails" },
    { label: "Ruby and Python team, realtime on their own server → Rails", input: { lang: ["ruby", "python"], build: "realtime", hosting: "own-server" }, first: "rails" },
  ])("$label", ({ input, first }) => {
    expect(order(input)[0]).toBe(first);
  });

  test("a CPU-heavy workload puts Express last for a Python team, and its reason says why", () => {
    const result = recommend(Questionnaire.parse({ lang: "python", build: "json-api", work: "cpu" }));
    const express = result.ranking.find((r) => r.framework === "express")!;
    expect(express.rank).toBe(5);
    expect(express.reasons.some((r) => r.points < 0 && /event loop/.test(r.text))).toBe(true);
  });
});

describe("the result", () => {
  test("lists all five frameworks once, ranked 1–5, with scores between 0 and 100 and the best first", () => {
    const { ranking } = recommend(Questionnaire.parse({ lang: "python", build: "json-api" }));
    expect(ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(ranking.map((r) => r.framework)).size).toBe(5);
    expect(ranking.every((r) => r.score >= 0 && r.score <= 100)).toBe(true);
    expect(ranking.map((r) => r.points)).toEqual([...ranking.map((r) => r.points)].sort((a, b) => b - a));
  });

  test("points are the sum of the reasons, and the score is points over the most possible", () => {
    const { ranking, maxPoints } = recommend(Questionnaire.parse({ lang: "ruby", build: "crud-admin", admin: "yes" }));
    // language 30 + scaffold 12 (Rails or Django) + admin 15 (Django)
    expect(maxPoints).toBe(LANGUAGE_MATCH + 12 + 15);
    const rails = ranking[0]!;
    expect(rails.points).toBe(rails.reasons.reduce((s, r) => s + r.points, 0));
    expect(rails.points).toBe(30 + 12 + 5);
    expect(rails.score).toBe(Math.round((100 * 47) / 57));
  });

  test("a team language counts for every framework written in it, and only those", () => {
    const { ranking } = recommend(Questionnaire.parse({ lang: "python", build: "json-api" }));
    const lang = (f: Framework) => ranking.find((r) => r.framework === f)!.reasons.some((r) => r.points === LANGUAGE_MATCH && r.text === LANGUAGE_REASONS[f].why);
    expect((["django", "flask", "fastapi"] as const).every(lang)).toBe(true);
    expect(lang("rails") || lang("express")).toBe(false);
  });

  test("the order of languages in the query string does not matter", () => {
    expect(recommend(Questionnaire.parse({ lang: ["ruby", "python"], build: "realtime" }))).toEqual(recommend(Questionnaire.parse({ lang: ["python", "ruby"], build: "realtime" })));
  });

  test("mastery adds up to MASTERY_MAX points and says how many core concepts the learner is proficient in", () => {
    const none = { proficient: 0, total: 10, next: null, cite: "/learn/flask/philosophy" as const };
    const mastery: LearnerMastery = {
      django: none,
      flask: none,
      fastapi: none,
      rails: none,
      express: { proficient: 4, total: 10, next: { title: "Routing", href: "/learn/express/routing-and-middleware" }, cite: "/learn/express/routing-and-middleware" },
    };
    const q = Questionnaire.parse({ build: "realtime" });
    const express = recommend(q, mastery).ranking.find((r) => r.framework === "express")!;
    const reason = express.reasons.find((r) => r.text.startsWith("You are proficient"))!;
    expect(reason).toEqual({ points: Math.round((MASTERY_MAX * 4) / 10), text: "You are proficient in 4 of Express's 10 core concepts.", cite: "/learn/express/routing-and-middleware" });
    expect(recommend(q, mastery).maxPoints).toBe(recommend(q).maxPoints + MASTERY_MAX);
    // Rails and Express tie on realtime alone; Express's mastery breaks the tie.
    expect(order({ build: "realtime" })[0]).toBe("rails");
    expect(order({ build: "realtime" }, mastery)[0]).toBe("express");
  });
});

describe("the weights table", () => {
  const allRules: Rule[] = Object.values(RULES).flatMap((byAnswer) => Object.values(byAnswer));
  const cites = new Set([...allRules.flatMap((rule) => Object.values(rule).map((e) => e.cite)), ...Object.values(LANGUAGE_REASONS).map((r) => r.cite)]);

  test.each([...cites].map((c) => [c]))("%s is a page that exists", (cite) => {
    expect(isCite(cite)).toBe(true);
    expect(citeExists(cite, catalog)).toBe(true);
  });

  test("each need only one framework meets natively gives that framework the most points", () => {
    for (const { question, answer, framework } of NATIVE_ONLY) {
      const rule: Rule | undefined = (RULES[question] as Record<string, Rule | undefined>)[answer];
      const points = Object.entries(rule ?? {}).map(([f, e]) => ({ f, p: e.points }));
      const own = points.find((x) => x.f === framework)!.p;
      expect(points.filter((x) => x.f !== framework).every((x) => x.p < own), `${question}=${answer}`).toBe(true);
    }
  });

  test("citeLabel names lessons by title, compare pages by concept", () => {
    expect(citeLabel("/learn/fastapi/async-and-docs", catalog)).toBe(`Lesson: ${catalog.tracks.find((t) => t.slug === "fastapi")!.lessons.find((l) => l.slug === "async-and-docs")!.title}`);
    expect(citeLabel("/compare/admin", catalog)).toBe("Compare: Admin interfaces");
    expect(citeExists("/compare/no-such-concept", catalog)).toBe(false);
    expect(citeExists("/learn/flask/no-such-lesson", catalog)).toBe(false);
  });
});
