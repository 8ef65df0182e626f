/**
 * GIFT → Framewise quiz. Pure. What maps onto our types is converted (multiple choice with one
 * or several right answers, true/false, short answer, matching, exact numbers as short answer);
 * anything else (essay, description, numeric ranges) is reported with its line and skipped.
 * Details that do not survive (partial-credit answers, per-answer feedback) are reported as notes.
 */
import { z } from "zod";
import { Question, QuizFile } from "@/lib/content/schema";
import { QUESTION_META, QUIZ_META, isRecord, readMeta } from "./meta";
import { parseGift, type GiftAnswer, type GiftQuestion } from "./parse";

export type GiftReport = { line: number; level: "skipped" | "note"; message: string };
export type GiftImport = { quiz: QuizFile | null; reports: GiftReport[]; categories: string[] };
type Rec = Record<string, unknown>;

export function slugify(text: string, fallback: string): string {
  const slug = text.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
  return slug || fallback;
}

function uniqueIds(texts: string[], prefix: string): string[] {
  const seen = new Set<string>();
  return texts.map((t, i) => {
    let id = slugify(t, `${prefix}-${i + 1}`);
    for (let n = 2; seen.has(id); n++) id = `${slugify(t, prefix)}-${n}`;
    seen.add(id);
    return id;
  });
}

export function importGift(source: string, fallbackTitle: string): GiftImport {
  const { items, problems } = parseGift(source);
  const reports: GiftReport[] = problems.map((p) => ({ ...p, level: "skipped" }));
  const categories: string[] = [];
  let quizMeta: Rec = {};
  const questions: Question[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    if (item.kind === "category") {
      categories.push(item.path);
      quizMeta = { ...quizMeta, ...readMeta(item.comments, QUIZ_META) };
      continue;
    }
    const note = (message: string) => reports.push({ line: item.line, level: "note", message });
    const candidate = convert(item, note);
    if (typeof candidate === "string") {
      reports.push({ line: item.line, level: "skipped", message: candidate });
      continue;
    }
    const parsed = Question.safeParse(candidate);
    if (!parsed.success) {
      reports.push({ line: item.line, level: "skipped", message: `does not fit Framewise's question schema: ${z.prettifyError(parsed.error).replace(/\n/g, "; ")}` });
      continue;
    }
    let id = parsed.data.id;
    for (let n = 2; ids.has(id); n++) id = `${parsed.data.id}-${n}`;
    if (id !== parsed.data.id) note(`question id "${parsed.data.id}" is taken; renamed to "${id}"`);
    ids.add(id);
    questions.push({ ...parsed.data, id });
  }
  const quiz = QuizFile.safeParse({ title: fallbackTitle, ...pick(quizMeta, ["title", "passPercent", "draw"]), questions });
  if (!quiz.success) reports.push({ line: 1, level: "skipped", message: `no quiz written: ${z.prettifyError(quiz.error).replace(/\n/g, "; ")}` });
  return { quiz: quiz.success ? quiz.data : null, reports, categories };
}

const pick = (rec: Rec, keys: string[]) => Object.fromEntries(Object.entries(rec).filter(([k]) => keys.includes(k)));

function explanationOf(item: GiftQuestion, feedback: (string | undefined)[], note: (m: string) => void): string {
  if (item.generalFeedback) {
    if (feedback.some(Boolean)) note("per-answer feedback dropped: Framewise explains the question once (the general feedback is kept)");
    return item.generalFeedback;
  }
  const given = feedback.filter((f): f is string => Boolean(f));
  if (given.length) {
    note("no general feedback: the explanation is made of the per-answer feedback; reword it");
    return given.join(" ");
  }
  note("no feedback at all: the explanation is a placeholder; write one");
  return "Imported from GIFT without feedback: explain the answer here.";
}

/** A candidate question (checked against the schema by the caller), or why it is skipped. */
function convert(item: GiftQuestion, note: (m: string) => void): Rec | string {
  const meta = readMeta(item.comments, QUESTION_META);
  const base = { id: slugify(item.title ?? item.prompt, "question"), prompt: item.prompt };
  switch (item.kind) {
    case "essay":
      return "essay questions have no Framewise type";
    case "description":
      return "descriptions (text without answers) have no Framewise type";
    case "numerical": {
      const exact = /^=?\s*(-?\d+(?:\.\d+)?)(?::0+(?:\.0+)?)?$/.exec(item.body);
      if (!exact) return `numeric answers with a range or tolerance ("${item.body}") have no Framewise type`;
      return { ...base, type: "short_text", accept: [exact[1]], explanation: explanationOf(item, [], note) };
    }
    case "truefalse":
      return { ...base, type: "true_false", ...meta, prompt: item.prompt, answer: item.answer, explanation: explanationOf(item, item.feedback, note) };
    case "matching":
      return matching(item, meta, base, note);
    case "choice":
      return choice(item, meta, base, note);
  }
}

function choice(item: GiftQuestion & { kind: "choice" }, meta: Rec | undefined, base: Rec, note: (m: string) => void): Rec | string {
  const { answers } = item;
  const explanation = explanationOf(item, answers.map((a) => a.feedback), note);
  if (answers.every((a) => a.right)) {
    const full = answers.filter((a) => (a.weight ?? 100) === 100 && a.text !== "*");
    for (const a of answers.filter((x) => !full.includes(x))) note(`answer "${a.text}" (${a.weight ?? 100}%) dropped: short answers are right or wrong`);
    if (!full.length) return "short answer without a fully right answer";
    return { ...base, type: "short_text", ...meta, prompt: item.prompt, accept: full.map((a) => a.text), explanation };
  }
  const weighted = answers.some((a) => a.weight !== undefined);
  const right = (a: GiftAnswer) => (weighted ? (a.weight ?? (a.right ? 100 : 0)) > 0 : a.right);
  const rights = answers.filter(right);
  const type = weighted ? (rights.length === 1 && rights[0]!.weight === 100 ? "single" : "multiple") : rights.length === 1 ? "single" : "multiple";
  if (type === "multiple") {
    const share = 100 / rights.length;
    if (rights.some((a) => Math.abs((a.weight ?? 100) - share) > 0.01)) note("unequal weights of right answers: Framewise gives each right pick the same share");
  } else if (answers.some((a) => !right(a) && (a.weight ?? 0) > 0)) note("partial credit for a wrong answer dropped");
  const metaOptions = Array.isArray(meta?.options) && meta.options.length === answers.length ? meta.options.filter(isRecord) : undefined;
  if (meta && !metaOptions) note("the @framewise comment does not match the answers; ids made from the text");
  const ids = metaOptions?.map((o, i) => String(o.id ?? `option-${i + 1}`)) ?? uniqueIds(answers.map((a) => a.text), "option");
  const options = answers.map((a, i) => ({ ...metaOptions?.[i], id: ids[i], text: a.text }));
  const key = answers.flatMap((a, i) => (right(a) ? [ids[i]!] : []));
  return { ...base, ...(metaOptions ? meta : {}), type, prompt: item.prompt, options, answer: type === "single" ? key[0] : key, explanation };
}

function matching(item: GiftQuestion & { kind: "matching" }, meta: Rec | undefined, base: Rec, note: (m: string) => void): Rec | string {
  const explanation = explanationOf(item, [], note);
  const pairs = item.pairs.filter((p) => p.left !== "");
  const extras = item.pairs.filter((p) => p.left === "").map((p) => p.right);
  if (meta?.type === "ordering" && Array.isArray(meta.answer) && meta.answer.length === pairs.length && Array.isArray(meta.options)) {
    // Exported from an ordering question: pair i holds the item at position i.
    const inOrder = meta.answer.map(String);
    const text = new Map(inOrder.map((id, i) => [id, pairs[i]!.left]));
    const position = (label: string) => Number(/(\d+)\s*$/.exec(label)?.[1] ?? NaN);
    const answer = pairs.map((p, i) => ({ id: inOrder[i]!, at: position(p.right) })).sort((a, b) => a.at - b.at).map((p) => p.id);
    const options = meta.options.filter(isRecord).map((o) => ({ ...o, text: text.get(String(o.id)) ?? "" }));
    return { ...meta, prompt: item.prompt, options, answer, explanation };
  }
  const rightTexts = [...new Set([...pairs.map((p) => p.right), ...extras])];
  const metaLeft = Array.isArray(meta?.left) && meta.left.length === pairs.length ? meta.left.filter(isRecord) : undefined;
  const metaRight = Array.isArray(meta?.right) && meta.right.length === rightTexts.length ? meta.right.filter(isRecord) : undefined;
  const metaAnswer = isRecord(meta?.answer) ? meta.answer : undefined;
  if (metaLeft && metaRight && metaAnswer) {
    // Right items in their original order: those matched take the text of their pair, the rest the extras in turn.
    const extraTexts = [...extras];
    const right = metaRight.map((r) => {
      const at = metaLeft.findIndex((l) => metaAnswer[String(l.id)] === r.id);
      return { ...r, id: String(r.id), text: at === -1 ? (extraTexts.shift() ?? "") : pairs[at]!.right };
    });
    const left = metaLeft.map((l, i) => ({ ...l, id: String(l.id), text: pairs[i]!.left }));
    const answer = Object.fromEntries(left.map((l, i) => [l.id, right.find((r) => r.text === pairs[i]!.right)?.id ?? ""]));
    return { ...meta, prompt: item.prompt, left, right, answer, explanation };
  }
  if (meta) note("the @framewise comment does not match the pairs; ids made from the text");
  // One id space: a left and a right item may not share an id.
  const allIds = uniqueIds([...pairs.map((p) => p.left), ...rightTexts], "item");
  const leftIds = allIds.slice(0, pairs.length);
  const rightIds = allIds.slice(pairs.length);
  return {
    ...base,
    type: "matching",
    left: pairs.map((p, i) => ({ id: leftIds[i], text: p.left })),
    right: rightTexts.map((t, i) => ({ id: rightIds[i], text: t })),
    answer: Object.fromEntries(pairs.map((p, i) => [leftIds[i], rightIds[rightTexts.indexOf(p.right)]])),
    explanation,
  };
}
