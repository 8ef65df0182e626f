import { describe, expect, test } from "vitest";
import type { Catalog, Lesson, Track } from "@/lib/content/catalog";
import { checkCatalog } from "@/lib/content/catalog";
import { checkDepth, DEPTH_POLICY, type DepthPolicy } from "@/lib/content/depth";
import type { Question } from "@/lib/content/schema";

const policy: DepthPolicy = { frameworkTracks: ["flask", "django"], minLessons: { django: 2, choosing: 1 }, defaultMinLessons: 3, requiredConcepts: ["auth", "config"] };
const question = (id: string, concepts: string[]): Question => ({ id, type: "true_false", prompt: "P", explanation: "E", points: 1, answer: true, concepts });

const lesson = (track: string, n: number, concepts: string[][]): Lesson => ({
  id: `${track}.l${n}`, slug: `l${n}`, track, title: "L", summary: "S", order: n, estimatedMinutes: 5, concepts: ["auth"], sources: [], related: [],
  body: "", wordCount: 500, file: `content/tracks/${track}/0${n}-l${n}.md`,
  quiz: { id: `${track}.l${n}`, title: "Q", passPercent: 70, contentHash: "x", file: `content/tracks/${track}/0${n}-l${n}.quiz.yaml`, questions: concepts.map((c, i) => question(`q${i}`, c)) },
});
const track = (slug: string, lessons: Lesson[]): Track => ({ slug, title: slug, summary: "S", order: 1, language: "python", intro: "", file: `content/tracks/${slug}/track.md`, lessons });
const catalog = (tracks: Track[], concepts = ["auth", "config", "orm"]): Catalog => ({ tracks, concepts: concepts.map((id) => ({ id, title: id, definition: id })), compare: [] });

const full = (slug: string, count: number) => Array.from({ length: count }, (_, i) => lesson(slug, i + 1, [["auth"], ["config", "orm"]]));

describe("checkDepth", () => {
  test("a catalog that meets every rule passes", () => {
    expect(checkDepth(catalog([track("flask", full("flask", 3)), track("django", full("django", 2)), track("choosing", full("choosing", 1))]), policy)).toEqual([]);
  });

  test("too few lessons is named per track, with the track's own minimum", () => {
    const problems = checkDepth(catalog([track("flask", full("flask", 2)), track("django", full("django", 1)), track("choosing", [])]), policy);
    expect(problems).toEqual([
      "content/tracks/flask/track.md: lessons: 2 lessons; this track needs at least 3",
      "content/tracks/django/track.md: lessons: 1 lessons; this track needs at least 2",
      "content/tracks/choosing/track.md: lessons: 0 lessons; this track needs at least 1",
    ]);
  });

  test("a required concept without questions is named; lesson tags alone do not count", () => {
    const flask = track("flask", [lesson("flask", 1, [["auth"]]), lesson("flask", 2, [["orm"]]), lesson("flask", 3, [[]])]);
    const problems = checkDepth(catalog([flask, track("django", full("django", 2)), track("choosing", full("choosing", 1))]), policy);
    expect(problems).toEqual(['content/tracks/flask/track.md: concepts: no questions on "config"']);
  });

  test("the concept rule applies to framework tracks only", () => {
    const choosing = track("choosing", [lesson("choosing", 1, [["orm"]])]);
    expect(checkDepth(catalog([track("flask", full("flask", 3)), track("django", full("django", 2)), choosing]), policy)).toEqual([]);
  });

  test("a missing track and a required concept missing from concepts.yaml are reported", () => {
    const problems = checkDepth(catalog([track("flask", full("flask", 3)), track("choosing", full("choosing", 1))], ["auth", "orm"]), policy);
    expect(problems).toContain('content/concepts.yaml: concepts: required concept "config" is missing');
    expect(problems).toContain("content/tracks/django: track is missing; it needs at least 2 lessons");
  });

  test("the default policy asks what issue #11 asks", () => {
    expect(DEPTH_POLICY.frameworkTracks).toEqual(["django", "flask", "fastapi", "rails", "express"]);
    expect({ ...DEPTH_POLICY.minLessons, others: DEPTH_POLICY.defaultMinLessons }).toEqual({ django: 6, choosing: 4, others: 8 });
    expect(DEPTH_POLICY.requiredConcepts).toEqual(["routing", "request-response", "orm", "migrations", "validation", "auth", "testing", "config", "middleware"]);
  });
});

describe("checkCatalog", () => {
  test("applies the depth rules to the real policy", () => {
    const thin = catalog([track("flask", full("flask", 1))], DEPTH_POLICY.requiredConcepts.slice());
    expect(checkCatalog(thin)).toContain("content/tracks/flask/track.md: lessons: 1 lessons; this track needs at least 8");
  });
});
