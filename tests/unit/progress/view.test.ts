import { describe, expect, test } from "vitest";
import { buildHeatmap } from "@/lib/progress/heatmap";
import type { MasteryGrid } from "@/lib/progress/mastery";
import { compactHeatmap, compactMastery, expandHeatmap, expandMastery, heatmapView, historyView, masteryLinkKey, masteryLinks, masteryView } from "@/lib/progress/view";

describe("heatmapView", () => {
  // Today Wednesday 25 Nov 2026: twelve weeks from Monday 7 Sep, the last four days still to come.
  const view = heatmapView(buildHeatmap(new Map([["2026-11-24", 1], ["2026-11-23", 3]]), "2026-11-25"));

  test("names a month only on the first week that starts in it", () => {
    expect(view.weeks.map((w) => w.month)).toEqual(["Sept", "", "", "", "Oct", "", "", "", "Nov", "", "", ""]);
    expect(view.weeks[0]).toEqual({ first: "2026-09-07", month: "Sept", label: "Week of Mon 7 Sept" });
  });

  test("lays days out Monday first, labelled except for days to come", () => {
    expect(view.days).toHaveLength(7);
    expect(view.days.every((row) => row.length === 12)).toBe(true);
    expect(view.days[1]!.at(-1)).toMatchObject({ day: "2026-11-24", count: 1, label: "Tue 24 Nov: 1 activity" });
    expect(view.days[0]!.at(-1)).toMatchObject({ day: "2026-11-23", count: 3, label: "Mon 23 Nov: 3 activities" });
    expect(view.days[3]!.at(-1)).toMatchObject({ day: "2026-11-26", future: true, label: "" });
    expect([view.from, view.to]).toEqual(["Mon 7 Sept", "Wed 25 Nov"]);
  });
});

test("compactHeatmap keeps today and the active days, and expandHeatmap rebuilds the same heatmap", () => {
  const heatmap = buildHeatmap(new Map([["2026-11-24", 1], ["2026-11-23", 3], ["2026-06-01", 2]]), "2026-11-25");
  expect(compactHeatmap(heatmap)).toEqual({ today: "2026-11-25", active: [["2026-11-23", 3], ["2026-11-24", 1]] });
  expect(expandHeatmap(compactHeatmap(heatmap))).toEqual(heatmap);
});

describe("masteryView", () => {
  const grid: MasteryGrid = {
    tracks: [{ slug: "flask", title: "Flask" }, { slug: "rails", title: "Rails" }],
    rows: [
      {
        concept: { id: "routing", title: "Routing" },
        cells: [
          { track: "flask", level: "familiar", percent: 75, answered: 4, questions: 4 },
          { track: "rails", level: null, percent: null, answered: 0, questions: 0 },
        ],
      },
    ],
  };

  test("spells each cell's description and tooltip once, and its link where there is one", () => {
    const view = masteryView(grid, (concept, track) => (track === "flask" ? `/compare/${concept}` : null));
    expect(view.rows[0]!.linkText).toBe(". Open Routing compared across frameworks");
    expect(view.rows[0]!.cells).toEqual([
      { track: "flask", level: "familiar", description: "Familiar: 75% on 4 of 4 questions, latest attempts", title: "Routing in Flask: Familiar: 75% on 4 of 4 questions, latest attempts", href: "/compare/routing" },
      { track: "rails", level: null, description: "no questions in this track", title: "Routing in Rails: no questions in this track", href: null },
    ]);
  });

  test("compactMastery crosses to the browser as tuples and expandMastery gives the same grid back", () => {
    expect(compactMastery(grid).rows[0]!.cells).toEqual([["familiar", 75, 4, 4], [null, null, 0, 0]]);
    expect(expandMastery(compactMastery(grid))).toEqual(grid);
  });

  test("masteryLinks carries the same links as compact data, and masteryView reads them back", () => {
    const compareHref = (concept: string, track: string) => (track === "flask" ? `/compare/${concept}` : null);
    const links = masteryLinks(grid, compareHref);
    expect(links).toEqual({ [masteryLinkKey("routing", "flask")]: "/compare/routing" });
    expect(masteryView(grid, (concept, track) => links[masteryLinkKey(concept, track)] ?? null)).toEqual(masteryView(grid, compareHref));
  });
});

test("historyView formats each date once, in the learner's zone", () => {
  const point = { attemptId: "a", quizId: "q", title: "T", track: "flask", trackTitle: "Flask", submittedAt: "2026-11-25T23:30:00.000Z", percent: 80, passed: true };
  expect(historyView([point], "Europe/Berlin")[0]!.when).toBe("26 Nov 2026, 00:30");
});
