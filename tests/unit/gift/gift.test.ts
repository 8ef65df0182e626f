import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readCatalog } from "@/lib/content/read";
import { exportQuiz, quizFileOf } from "@/lib/gift/export";
import { importGift } from "@/lib/gift/import";
import { escapeGift, parseGift, unescapeGift } from "@/lib/gift/parse";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../../fixtures/gift", name), "utf8");
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("every quiz in content/ survives export to GIFT and import back", () => {
  const { catalog } = readCatalog(path.resolve("content"));
  const quizzes = catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz));

  test("the catalog has quizzes of every question type", () => {
    const types = new Set(quizzes.flatMap((q) => q.questions.map((x) => x.type)));
    expect([...types].sort()).toEqual(["matching", "multiple", "ordering", "short_text", "single", "true_false"]);
  });

  test.each(quizzes.map((q) => ({ id: q.id, quiz: q })))("$id", ({ quiz }) => {
    const original = quizFileOf(quiz);
    const gift = exportQuiz(original, `$course$/framewise/${quiz.id}`);
    const back = importGift(gift, "unused");
    expect(back.reports).toEqual([]);
    expect(back.categories).toEqual([`$course$/framewise/${quiz.id}`]);
    expect(back.quiz).toEqual(original);
  });
});

describe("Moodle's GIFT fixtures (question/format/gift/tests/fixtures)", () => {
  const text = fixture("questions.gift.txt");
  const result = importGift(text, "Moodle fixture");
  const byId = new Map(result.quiz!.questions.map((q) => [q.id, q]));

  test("essay and numeric range are reported with their line and skipped", () => {
    const skipped = result.reports.filter((r) => r.level === "skipped");
    expect(skipped).toEqual([
      { line: lineOf(text, "::Q8::"), level: "skipped", message: "essay questions have no Framewise type" },
      { line: lineOf(text, "::Q5::"), level: "skipped", message: expect.stringContaining("range or tolerance") },
    ]);
  });

  test("matching, single, multiple, short answer and true/false import", () => {
    expect(byId.get("moodle-activities")).toMatchObject({
      type: "matching",
      left: [{ text: "An activity supporting asynchronous discussions." }, {}, {}, {}],
      right: [{ text: "Forum" }, { text: "Choice" }, { text: "Database" }, { text: "Wiki" }, { text: "Chat" }],
    });
    expect(byId.get("q2")).toMatchObject({ type: "single", answer: "yellow", options: [{ id: "yellow" }, { id: "red" }, { id: "blue", text: "blue" }] });
    expect(byId.get("colours")).toMatchObject({ type: "multiple", answer: ["yellow", "off-beige"] });
    expect(byId.get("shortanswer")).toMatchObject({ type: "short_text", accept: ["Frog"] });
    expect(byId.get("q1")).toMatchObject({ type: "true_false", answer: false, explanation: "This is, of course, a Hitchiker's Guide to the Galaxy reference." });
    expect(byId.get("2-08-tsl")).toMatchObject({ type: "true_false", answer: true });
    expect(byId.get("2-08-tsl-2")).toMatchObject({ type: "true_false", answer: true });
  });

  test("what does not survive is reported as a note with its line", () => {
    const notes = result.reports.filter((r) => r.level === "note");
    const at = (needle: string) => notes.filter((n) => n.line === lineOf(text, needle)).map((n) => n.message);
    expect(at("::Shortanswer::")).toEqual(expect.arrayContaining([expect.stringContaining('"Cat" (50%) dropped'), expect.stringContaining('"*" (0%) dropped')]));
    expect(at("::2-08 TSL::TSL is blablabla.{TRUE}")).toContain('question id "2-08-tsl" is taken; renamed to "2-08-tsl-2"');
  });

  test("categories and escaped characters", () => {
    const inCategory = fixture("questions_in_category.gift.txt");
    const r = importGift(inCategory, "Moodle fixture");
    expect(r.categories).toEqual(["$course$/Default for New Features"]);
    const greeting = r.quiz!.questions.find((q) => q.id === "greeting")!;
    expect(greeting.prompt).toContain('<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a>');
    expect(greeting).toMatchObject({ type: "single", answer: "french" });
    expect(r.quiz!.questions.find((q) => q.id === "moodle-acronym")).toMatchObject({ type: "true_false", answer: true });
    expect(r.quiz!.questions.find((q) => q.id === "moodle-user")).toMatchObject({ type: "short_text", accept: ["Moodler"] });
    expect(r.reports.filter((x) => x.level === "skipped")).toEqual([]);
  });
});

describe("the parser", () => {
  test("escaping round-trips every special character and newlines", () => {
    const text = "a ~ b = c # d { e } f : g \\ h\nnext line";
    expect(unescapeGift(escapeGift(text))).toBe(text);
  });

  test("an exact number imports as short answer; a tolerance does not", () => {
    const r = importGift("::n::What is 6 × 7?{#42####Six sevens.}\n\n::m::About 3?{#3:0.5}", "T");
    expect(r.quiz!.questions).toEqual([expect.objectContaining({ id: "n", type: "short_text", accept: ["42"], explanation: "Six sevens." })]);
    expect(r.reports).toEqual([{ line: 3, level: "skipped", message: expect.stringContaining("range or tolerance") }]);
  });

  test("an unclosed answer block is reported, and the rest still imports", () => {
    const r = importGift("::a::Broken {=x ~y\n\n::b::Fine?{T####Yes.}", "T");
    expect(r.reports).toContainEqual({ line: 1, level: "skipped", message: "answer block `{` is not closed" });
    expect(r.quiz!.questions.map((q) => q.id)).toEqual(["b"]);
  });

  test("comments are kept with their question and line numbers skip them", () => {
    const { items } = parseGift("// hello\n// @x\n::t::Q?{TRUE}");
    expect(items).toEqual([expect.objectContaining({ kind: "truefalse", line: 3, comments: ["hello", "@x"], answer: true })]);
  });
});

describe("arrows in answer texts", () => {
  test.each(["body -> password", "a -&gt; b", "&amp;gt; and ->", "&gt;", "plain"])("%s comes back unchanged", async (text) => {
    const { decodeArrows, encodeArrows } = await import("@/lib/gift/parse");
    expect(encodeArrows(text)).not.toContain("->");
    expect(decodeArrows(encodeArrows(text))).toBe(text);
  });
});
