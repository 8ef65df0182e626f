import path from "node:path";
import { codeToTokens, type BundledLanguage } from "shiki";
import { describe, expect, test } from "vitest";
import { readCatalog } from "@/lib/content/read";
import { CODE_THEMES } from "@/lib/content/render";

/** WCAG relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  let h = hex.replace("#", "").slice(0, 6);
  if (h.length === 3) h = [...h].map((c) => c + c).join("");
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(h.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

// Every code block learners see: fenced blocks in lessons and the snippets attached to questions.
const { catalog } = readCatalog(path.resolve("content"));
type Snippet = { language: string; source: string };
const quizSnippets = (quizId: string, questions: { id: string; code?: Snippet; options?: { id: string; code?: Snippet }[] }[]) =>
  questions.flatMap((q) => [
    ...(q.code ? [{ where: `${quizId} ${q.id}`, lang: q.code.language, source: q.code.source }] : []),
    ...(q.options ?? []).flatMap((o) => (o.code ? [{ where: `${quizId} ${q.id}/${o.id}`, lang: o.code.language, source: o.code.source }] : [])),
  ]);
const blocks = [
  ...catalog.tracks.flatMap((t) =>
    t.lessons.flatMap((l) => [
      ...[...l.body.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ where: l.id, lang: m[1]!, source: m[2]! })),
      ...quizSnippets(l.id, l.quiz.questions),
    ]),
  ),
  // Compare pages: every implementation block, and the code of their quizzes' questions and options.
  ...catalog.compare.flatMap((p) => [
    ...p.sections.flatMap((s) => s.code.map((c) => ({ where: `${p.file} line ${c.line}`, lang: c.language, source: c.source }))),
    ...quizSnippets(p.quiz.id, p.quiz.questions),
  ]),
];

describe("highlighted code is readable (WCAG AA, 4.5:1) in both colour schemes", () => {
  test("the content has code to check", () => {
    expect(blocks.length).toBeGreaterThan(20);
  });

  test.each(Object.entries(CODE_THEMES))("%s theme (%s)", async (_scheme, theme) => {
    const low = new Set<string>();
    for (const block of blocks) {
      const { tokens, bg } = await codeToTokens(block.source, { lang: block.lang as BundledLanguage, theme });
      for (const token of tokens.flat())
        if (token.content.trim() && token.color && contrast(token.color, bg!) < 4.5)
          low.add(`${block.where}: "${token.content.trim()}" ${token.color} on ${bg} = ${contrast(token.color, bg!).toFixed(2)}`);
    }
    expect([...low]).toEqual([]);
  });
});
