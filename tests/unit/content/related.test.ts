import path from "node:path";
import { describe, expect, test } from "vitest";
import { readCatalog } from "@/lib/content/read";
import { rankRelatedLessons } from "@/lib/content/related";

const lesson = (track: string, slug: string, concepts: string[], related: string[] = []) => ({
  id: `${track}.${slug}`,
  slug,
  track,
  title: `${track} ${slug}`,
  summary: "S",
  concepts,
  related,
});

const concepts = ["routing", "orm", "async", "testing"].map((id) => ({ id, title: id.toUpperCase(), definition: "D" }));
const here = lesson("flask", "routes", ["routing", "orm", "async"], ["rails/curated-b", "rails/curated-a"]);
const catalog = {
  concepts,
  tracks: [
    { slug: "flask", title: "Flask", lessons: [here, lesson("flask", "same-track", ["routing", "orm", "async"])] },
    {
      slug: "rails",
      title: "Rails",
      lessons: [
        lesson("rails", "one-shared", ["routing"]),
        lesson("rails", "unrelated", ["testing"]),
        lesson("rails", "curated-a", ["routing", "orm"]),
        lesson("rails", "curated-b", ["testing"]),
      ],
    },
    {
      slug: "express",
      title: "Express",
      lessons: [lesson("express", "two-shared", ["async", "orm", "testing"]), lesson("express", "also-one", ["orm"]), lesson("express", "three-shared", ["async", "routing", "orm"])],
    },
  ],
};

describe("rankRelatedLessons", () => {
  const ranked = rankRelatedLessons(here, catalog);
  const ids = ranked.map((r) => r.id);

  test("curated lessons first, then by shared concepts, ties in catalog order", () => {
    expect(ids).toEqual(["rails.curated-a", "rails.curated-b", "express.three-shared", "express.two-shared", "rails.one-shared", "express.also-one"]);
  });

  test("leaves out the lesson's own track and lessons sharing nothing that were not curated", () => {
    expect(ids).not.toContain("flask.same-track");
    expect(ids).not.toContain("rails.unrelated");
  });

  test("names the shared concepts by title, in the lesson's order, and links to the lesson", () => {
    expect(ranked.find((r) => r.id === "express.two-shared")).toMatchObject({
      track: { slug: "express", title: "Express" },
      href: "/learn/express/two-shared",
      sharedConcepts: [
        { id: "orm", title: "ORM" },
        { id: "async", title: "ASYNC" },
      ],
      curated: false,
    });
    expect(ranked.find((r) => r.id === "rails.curated-b")).toMatchObject({ sharedConcepts: [], curated: true });
  });

  test("keeps at most `limit` lessons, best first", () => {
    expect(rankRelatedLessons(here, catalog, 3).map((r) => r.id)).toEqual(ids.slice(0, 3));
  });

  test("a lesson with no concepts in common and no refs has no related lessons", () => {
    expect(rankRelatedLessons(lesson("flask", "lonely", ["nothing-shared"]), catalog)).toEqual([]);
  });
});

describe("related lessons across the real curriculum", () => {
  const { catalog: real } = readCatalog(path.resolve("content"));
  const lessons = real.tracks.flatMap((t) => t.lessons);

  test.each(lessons.map((l) => ({ id: l.id, l })))("$id: other tracks only, each shares a concept or was curated", ({ l }) => {
    const related = rankRelatedLessons(l, real);
    expect(related.length).toBeGreaterThan(0);
    for (const r of related) {
      expect(r.track.slug).not.toBe(l.track);
      expect(r.curated || r.sharedConcepts.length > 0).toBe(true);
      for (const c of r.sharedConcepts) expect(c.title).toBe(real.concepts.find((k) => k.id === c.id)!.title);
    }
  });
});
