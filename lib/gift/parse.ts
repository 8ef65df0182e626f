/**
 * A small parser for Moodle's GIFT format (docs.moodle.org/en/GIFT_format). Pure.
 * Questions are separated by blank lines; `//` lines are comments (kept, so the exporter's
 * `// @framewise` metadata can be read back); `$CATEGORY:` lines name a category; `\` escapes
 * `~ = # { } :` and `\n` is a newline. Every item keeps the line it starts on, for reports.
 */

export type GiftAnswer = { right: boolean; weight?: number; text: string; feedback?: string };
type Base = { line: number; title?: string; prompt: string; comments: string[]; generalFeedback?: string };
export type GiftQuestion = Base &
  (
    | { kind: "essay" }
    | { kind: "description" }
    | { kind: "numerical"; body: string }
    | { kind: "truefalse"; answer: boolean; feedback: string[] }
    | { kind: "choice"; answers: GiftAnswer[] }
    | { kind: "matching"; pairs: { left: string; right: string }[] }
  );
export type GiftItem = { kind: "category"; line: number; path: string; comments: string[] } | GiftQuestion;
export type GiftProblem = { line: number; message: string };

const FORMAT = /^\s*\[(html|moodle|plain|markdown)\]/;

/** Index of the first unescaped `target` at or after `from`, or -1. */
function find(text: string, target: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text.startsWith(target, i)) return i;
  }
  return -1;
}

/** Splits at every unescaped occurrence of `separator`. */
function split(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let at = find(text, separator); at !== -1; at = find(text, separator, start)) {
    parts.push(text.slice(start, at));
    start = at + separator.length;
  }
  parts.push(text.slice(start));
  return parts;
}

export function unescapeGift(text: string): string {
  return text.replace(/\\(n|[\\~=#{}:])/g, (_, c: string) => (c === "n" ? "\n" : c)).trim();
}

export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

const clean = (text: string) => unescapeGift(text.replace(FORMAT, ""));

/**
 * GIFT cannot escape "->" (it makes an answer a matching pair), so answer texts write it as
 * "-&gt;", which Moodle's Markdown shows as "->". "&" before a run of "amp;" and "gt;" gains
 * one more "amp;", so texts that really contain such entities come back unchanged.
 */
export const encodeArrows = (text: string) => text.replace(/&(?=(?:amp;)*gt;)/g, "&amp;").replace(/->/g, "-&gt;");
export const decodeArrows = (text: string) => text.replace(/-&gt;/g, "->").replace(/&amp;(?=(?:amp;)*gt;)/g, "&");
const cleanAnswer = (text: string) => decodeArrows(clean(text));

export function parseGift(source: string): { items: GiftItem[]; problems: GiftProblem[] } {
  const items: GiftItem[] = [];
  const problems: GiftProblem[] = [];
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  let block: { line: number; text: string }[] = [];
  const flush = () => {
    if (block.length) parseBlock(block, items, problems);
    block = [];
  };
  lines.forEach((text, i) => (text.trim() === "" ? flush() : block.push({ line: i + 1, text })));
  flush();
  return { items, problems };
}

function parseBlock(block: { line: number; text: string }[], items: GiftItem[], problems: GiftProblem[]) {
  const comments = block.filter((l) => l.text.trim().startsWith("//")).map((l) => l.text.trim().slice(2).trim());
  const body = block.filter((l) => !l.text.trim().startsWith("//"));
  const first = body[0];
  if (!first) return; // only comments
  const text = body.map((l) => l.text).join("\n").trim();
  const category = /^\$CATEGORY:\s*(.*)$/.exec(text);
  if (category) return void items.push({ kind: "category", line: first.line, path: category[1]!.trim(), comments });

  let rest = text;
  let title: string | undefined;
  if (rest.startsWith("::")) {
    const end = find(rest, "::", 2);
    if (end === -1) return void problems.push({ line: first.line, message: "title `::` is not closed" });
    title = unescapeGift(rest.slice(2, end));
    rest = rest.slice(end + 2);
  }
  const open = find(rest, "{");
  const base = { line: first.line, title, comments };
  if (open === -1) return void items.push({ ...base, kind: "description", prompt: clean(rest) });
  const close = find(rest, "}", open + 1);
  if (close === -1) return void problems.push({ line: first.line, message: "answer block `{` is not closed" });
  const after = clean(rest.slice(close + 1));
  const before = clean(rest.slice(0, open));
  // Text after the answers is Moodle's "missing word" form: the blank goes where the answers were.
  const prompt = after ? `${before} _____ ${after}` : before;
  const [answersText, ...general] = split(rest.slice(open + 1, close), "####");
  const generalFeedback = general.length ? clean(general.join("####")) || undefined : undefined;
  const answers = answersText!.trim();
  const question = { ...base, prompt, generalFeedback };

  if (answers === "") return void items.push({ ...question, kind: "essay" });
  if (answers.startsWith("#")) return void items.push({ ...question, kind: "numerical", body: answers.slice(1).trim() });
  const tf = /^(T|TRUE|F|FALSE)\s*(#|$)/i.exec(answers);
  if (tf) {
    const feedback = split(answers, "#").slice(1).map(clean);
    return void items.push({ ...question, kind: "truefalse", answer: tf[1]!.toUpperCase().startsWith("T"), feedback });
  }
  const parsed = splitAnswers(answers);
  if (parsed.some((a) => find(a.text, "->") !== -1)) {
    const pairs = parsed.map((a) => {
      const [left = "", right = ""] = split(a.text, "->");
      return { left: cleanAnswer(left), right: cleanAnswer(right) };
    });
    return void items.push({ ...question, kind: "matching", pairs });
  }
  items.push({ ...question, kind: "choice", answers: parsed.map((a) => ({ ...a, text: cleanAnswer(a.text), feedback: a.feedback === undefined ? undefined : clean(a.feedback) })) });
}

/** `=a#fb ~%50%b` → answers with their mark, weight, raw text and raw feedback. */
function splitAnswers(body: string): GiftAnswer[] {
  const answers: GiftAnswer[] = [];
  let current: { right: boolean; raw: string } | undefined;
  const push = () => {
    if (!current) return;
    let raw = current.raw;
    let weight: number | undefined;
    const w = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(raw);
    if (w) {
      weight = Number(w[1]);
      raw = raw.slice(w[0].length);
    }
    const [text = "", ...feedback] = split(raw, "#");
    answers.push({ right: current.right, weight, text, feedback: feedback.length ? feedback.join("#") : undefined });
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\") {
      if (current) current.raw += body.slice(i, i + 2);
      i++;
    } else if (c === "=" || c === "~") {
      push();
      current = { right: c === "=", raw: "" };
    } else if (current) current.raw += c;
  }
  push();
  return answers;
}
