import { describe, expect, test } from "vitest";
import { buildMastery, masteryLevel, type MasteryLevel, type QuestionOutcome } from "@/lib/progress/mastery";

describe("masteryLevel", () => {
  test.each<{ label: string; input: Parameters<typeof masteryLevel>[0]; expected: MasteryLevel }>([
    { label: "nothing answered", input: { earned: 0, possible: 0, answered: 0, allCorrect: true, previousAllCorrect: true }, expected: "not_started" },
    { label: "below 70%", input: { earned: 2, possible: 3, answered: 3, allCorrect: false, previousAllCorrect: false }, expected: "attempted" },
    { label: "0%", input: { earned: 0, possible: 2, answered: 2, allCorrect: false, previousAllCorrect: false }, expected: "attempted" },
    { label: "exactly 70%", input: { earned: 7, possible: 10, answered: 10, allCorrect: false, previousAllCorrect: false }, expected: "familiar" },
    { label: "partial credit up to 95%", input: { earned: 1.9, possible: 2, answered: 2, allCorrect: false, previousAllCorrect: true }, expected: "familiar" },
    { label: "all right once", input: { earned: 2, possible: 2, answered: 2, allCorrect: true, previousAllCorrect: false }, expected: "proficient" },
    { label: "all right, and all right on an earlier day", input: { earned: 2, possible: 2, answered: 2, allCorrect: true, previousAllCorrect: true }, expected: "mastered" },
    { label: "right earlier but not now", input: { earned: 1, possible: 2, answered: 2, allCorrect: false, previousAllCorrect: true }, expected: "attempted" },
  ])("$label → $expected", ({ input, expected }) => {
    expect(masteryLevel(input)).toBe(expected);
  });
});

const q = (id: string, concepts: string[], points = 1) => ({ id, concepts, points });
const tracks = [
  {
    slug: "flask",
    title: "Flask",
    lessons: [
      { quiz: { id: "flask.a", questions: [q("r1", ["routing"]), q("r2", ["routing", "orm"]), q("o1", ["orm"], 3)] } },
      { quiz: { id: "flask.b", questions: [q("r3", ["routing"])] } },
    ],
  },
  { slug: "rails", title: "Rails", lessons: [{ quiz: { id: "rails.a", questions: [q("o1", ["orm"])] } }] },
];
const concepts = [
  { id: "routing", title: "Routing" },
  { id: "orm", title: "ORM" },
  { id: "admin", title: "Admin" },
];
const r = (quizId: string, questionId: string, correct: boolean, attempt: "latest" | "previous" = "latest", points = correct ? 1 : 0): QuestionOutcome => ({
  quizId,
  questionId,
  correct,
  points,
  attempt,
});
const levels = (results: QuestionOutcome[]) =>
  Object.fromEntries(buildMastery(tracks, concepts, results).rows.map((row) => [row.concept.id, row.cells.map((c) => c.level)]));

describe("buildMastery", () => {
  test.each<{ label: string; results: QuestionOutcome[]; expected: Record<string, (MasteryLevel | null)[]> }>([
    {
      label: "a new learner: every cell with questions is not started; concepts without questions anywhere are left out",
      results: [],
      expected: { routing: ["not_started", null], orm: ["not_started", "not_started"] },
    },
    {
      label: "one quiz all right: its concepts are proficient in that track only (the other quiz's routing question is not counted yet)",
      results: [r("flask.a", "r1", true), r("flask.a", "r2", true), r("flask.a", "o1", true, "latest", 3)],
      expected: { routing: ["proficient", null], orm: ["proficient", "not_started"] },
    },
    {
      label: "points decide: 1 of 3 routing points is attempted; 3 of 4 ORM points (a 3-point question right) is familiar",
      results: [r("flask.a", "r1", true), r("flask.a", "r2", false), r("flask.a", "o1", true, "latest", 3), r("flask.b", "r3", false)],
      expected: { routing: ["attempted", null], orm: ["familiar", "not_started"] },
    },
    {
      label: "all right now and on the last attempt of an earlier day: mastered",
      results: [r("rails.a", "o1", true), r("rails.a", "o1", true, "previous")],
      expected: { routing: ["not_started", null], orm: ["not_started", "mastered"] },
    },
    {
      label: "all right now but not on the earlier day: proficient",
      results: [r("rails.a", "o1", true), r("rails.a", "o1", false, "previous")],
      expected: { routing: ["not_started", null], orm: ["not_started", "proficient"] },
    },
    {
      label: "mastered needs every contributing quiz proficient on an earlier day: Flask ORM (quiz a only) is, Flask routing (a and b) is not",
      results: [
        ...[r("flask.a", "r1", true), r("flask.a", "r2", true), r("flask.a", "o1", true, "latest", 3), r("flask.b", "r3", true)],
        ...[r("flask.a", "r1", true, "previous"), r("flask.a", "r2", true, "previous"), r("flask.a", "o1", true, "previous", 3)],
      ],
      expected: { routing: ["proficient", null], orm: ["mastered", "not_started"] },
    },
    {
      label: "an earlier day's perfect run does not lift a slip now",
      results: [r("rails.a", "o1", false), r("rails.a", "o1", true, "previous")],
      expected: { routing: ["not_started", null], orm: ["not_started", "attempted"] },
    },
    {
      label: "results for questions no longer in the catalog are ignored",
      results: [r("flask.a", "gone", true), r("old.quiz", "r1", true)],
      expected: { routing: ["not_started", null], orm: ["not_started", "not_started"] },
    },
  ])("$label", ({ results, expected }) => {
    expect(levels(results)).toEqual(expected);
  });

  test("cells report their percent and how many of their questions the latest attempts covered", () => {
    const grid = buildMastery(tracks, concepts, [r("flask.a", "r1", true), r("flask.a", "r2", false, "latest", 0.5)]);
    expect(grid.tracks).toEqual([
      { slug: "flask", title: "Flask" },
      { slug: "rails", title: "Rails" },
    ]);
    expect(grid.rows[0]!.cells[0]).toEqual({ track: "flask", level: "familiar", percent: 75, questions: 3, answered: 2 });
    expect(grid.rows[0]!.cells[1]).toEqual({ track: "rails", level: null, percent: null, questions: 0, answered: 0 });
  });
});

describe("compare quizzes count toward each framework a question names", () => {
  const qf = (id: string, frameworks: string[], concepts = ["routing"]) => ({ id, concepts, points: 1, frameworks });
  const compare = [{ id: "compare.routing", questions: [qf("t1", ["flask", "rails"]), qf("t2", ["rails"]), qf("t3", ["django", "express"])] }];
  const grid = (results: QuestionOutcome[]) =>
    Object.fromEntries(buildMastery(tracks, concepts, results, compare).rows.map((row) => [row.concept.id, Object.fromEntries(row.cells.map((c) => [c.track, c]))]));

  test("a translate question gives a concept questions in both frameworks' cells; frameworks without a track are left out", () => {
    const routing = grid([]).routing!;
    expect(routing.flask).toMatchObject({ level: "not_started", questions: 3 + 1 });
    // Rails had no routing question of its own: the compare quiz gives it two.
    expect(routing.rails).toMatchObject({ level: "not_started", questions: 2 });
    expect(Object.keys(routing)).toEqual(["flask", "rails"]);
  });

  test("answering the compare quiz moves the Flask and the Rails cell, not the ORM row", () => {
    const cells = grid([r("compare.routing", "t1", true), r("compare.routing", "t2", true)]);
    expect(cells.routing!.rails).toMatchObject({ level: "proficient", percent: 100, answered: 2 });
    expect(cells.routing!.flask).toMatchObject({ level: "proficient", percent: 100, answered: 1 });
    expect(cells.orm!.rails).toMatchObject({ level: "not_started" });
  });

  test("a wrong translation counts against both frameworks; mastery needs the compare quiz right on an earlier day too", () => {
    const wrong = grid([r("compare.routing", "t1", false), r("compare.routing", "t2", true)]).routing!;
    expect(wrong.rails).toMatchObject({ level: "attempted", percent: 50 });
    expect(wrong.flask).toMatchObject({ level: "attempted", percent: 0 });
    const twice = grid([r("compare.routing", "t2", true), r("compare.routing", "t2", true, "previous")]).routing!;
    expect(twice.rails).toMatchObject({ level: "mastered" });
  });

  test("a lesson question naming frameworks counts toward them instead of its track", () => {
    const named = [{ slug: "flask", title: "Flask", lessons: [{ quiz: { id: "flask.x", questions: [qf("n1", ["rails"])] } }] }, tracks[1]!];
    const row = buildMastery(named, concepts, [r("flask.x", "n1", true)]).rows.find((x) => x.concept.id === "routing")!;
    expect(row.cells.map((c) => [c.track, c.level])).toEqual([
      ["flask", null],
      ["rails", "proficient"],
    ]);
  });
});
