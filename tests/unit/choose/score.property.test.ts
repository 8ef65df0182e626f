import fc from "fast-check";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { citeExists } from "@/lib/choose/cite";
import { answersOf, FRAMEWORKS, Questionnaire, QUESTIONS, toQuery, queryToObject } from "@/lib/choose/questionnaire";
import { recommend, type FrameworkMastery, type LearnerMastery } from "@/lib/choose/score";
import { COMPARE_CONCEPTS, NATIVE_ONLY } from "@/lib/choose/weights";
import { readCatalog } from "@/lib/content/read";

const catalog = readCatalog(path.resolve("content")).catalog;
const lessonPaths = catalog.tracks.flatMap((t) => t.lessons.map((l) => `/learn/${t.slug}/${l.slug}` as const));

/** Any complete, valid set of answers. */
const questionnaire: fc.Arbitrary<Questionnaire> = fc
  .record({
    lang: fc.subarray(answersOf("lang")),
    build: fc.constantFrom(...answersOf("build")),
    admin: fc.constantFrom(...answersOf("admin")),
    work: fc.constantFrom(...answersOf("work")),
    style: fc.constantFrom(...answersOf("style")),
    team: fc.constantFrom(...answersOf("team")),
    experience: fc.constantFrom(...answersOf("experience")),
    hosting: fc.constantFrom(...answersOf("hosting")),
  } satisfies Record<keyof typeof QUESTIONS, unknown>)
  .map((input) => Questionnaire.parse(input));

const frameworkMastery: fc.Arbitrary<FrameworkMastery> = fc
  .record({ total: fc.integer({ min: 0, max: 18 }), share: fc.double({ min: 0, max: 1, noNaN: true }), next: fc.option(fc.constantFrom(...lessonPaths), { nil: null }), cite: fc.constantFrom(...lessonPaths) })
  .map(({ total, share, next, cite }) => ({ total, proficient: Math.floor(total * share), next: next ? { title: "Next", href: next } : null, cite: next ?? cite }));
const mastery: fc.Arbitrary<LearnerMastery | undefined> = fc.option(
  fc.record({ django: frameworkMastery, flask: frameworkMastery, fastapi: frameworkMastery, rails: frameworkMastery, express: frameworkMastery }),
  { nil: undefined },
);

const rankOf = (q: Questionnaire, m: LearnerMastery | undefined, framework: string) => recommend(q, m).ranking.find((r) => r.framework === framework)!.rank;

describe("scoring properties", () => {
  test("deterministic: the same answers give the same result, also after a round trip through the query string", () => {
    fc.assert(
      fc.property(questionnaire, mastery, (q, m) => {
        const again = Questionnaire.parse(queryToObject(new URLSearchParams(toQuery(q))));
        expect(again).toEqual(q);
        expect(recommend(again, m)).toEqual(recommend(q, m));
      }),
    );
  });

  test("every reason cites an existing page: a lesson of the catalog or one of the compare pages", () => {
    const compare = new Set(COMPARE_CONCEPTS.map((c) => `/compare/${c}`));
    fc.assert(
      fc.property(questionnaire, mastery, (q, m) => {
        for (const item of recommend(q, m).ranking)
          for (const reason of item.reasons) {
            expect(reason.cite.startsWith("/compare/") ? compare.has(reason.cite) : lessonPaths.includes(reason.cite as (typeof lessonPaths)[number]), reason.cite).toBe(true);
            expect(citeExists(reason.cite, catalog)).toBe(true);
          }
      }),
    );
  });

  test("a ranking always holds the five frameworks once, ranks 1–5 and scores in 0–100", () => {
    fc.assert(
      fc.property(questionnaire, mastery, (q, m) => {
        const { ranking } = recommend(q, m);
        expect(ranking.map((r) => r.framework).sort()).toEqual([...FRAMEWORKS].sort());
        expect(ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
        expect(ranking.every((r) => r.score >= 0 && r.score <= 100)).toBe(true);
      }),
    );
  });

  test.each(NATIVE_ONLY)("stating $question=$answer, which only $framework meets natively, never lowers its rank", ({ question, answer, baseline, framework }) => {
    fc.assert(
      fc.property(questionnaire, mastery, (q, m) => {
        const without = Questionnaire.parse({ ...q, [question]: baseline });
        const withNeed = Questionnaire.parse({ ...q, [question]: answer });
        expect(rankOf(withNeed, m, framework)).toBeLessThanOrEqual(rankOf(without, m, framework));
      }),
      { numRuns: 500 },
    );
  });

  test("adding the team's language never lowers the rank of a framework written in it", () => {
    const languageOf = { python: ["django", "flask", "fastapi"], ruby: ["rails"], javascript: ["express"] } as const;
    fc.assert(
      fc.property(questionnaire, mastery, fc.constantFrom(...answersOf("lang")), (q, m, lang) => {
        const without = Questionnaire.parse({ ...q, lang: q.lang.filter((l) => l !== lang) });
        const withLang = Questionnaire.parse({ ...q, lang: [...q.lang, lang] });
        for (const f of languageOf[lang]) expect(rankOf(withLang, m, f)).toBeLessThanOrEqual(rankOf(without, m, f));
      }),
    );
  });
});
