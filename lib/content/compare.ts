/**
 * Compare pages: content/compare/<concept>.md (the same task in all five frameworks) and its quiz
 * content/compare/<concept>.quiz.yaml. Schema, body parsing and the rules content:check enforces.
 * Pure: the caller reads the files. The format is described in docs/content-authoring.md ("Compare pages").
 */
import type { Code, Heading, Link, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { z } from "zod";
import type { Quiz } from "./catalog";
import { FRAMEWORK_LABELS } from "./frameworks";
import { FRAMEWORKS, Framework } from "./schema";
import { routes } from "@/lib/routes";

const nonEmpty = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be kebab-case (a-z, 0-9, -)" });

export { FRAMEWORK_LABELS };
export const SUMMARY_MAX = 120;

export const CompareSource = z.strictObject({
  framework: Framework,
  title: nonEmpty,
  url: z.url({ protocol: /^https$/ }),
  claim: nonEmpty.optional(),
});

export const CompareMeta = z.strictObject({
  concept: slug,
  title: nonEmpty,
  /** One concrete job every framework does, e.g. "Return one book as JSON; 404 when it does not exist." */
  task: nonEmpty,
  /** The version of each framework the code targets, e.g. { django: "5.2", … }; all five. */
  versions: z.record(Framework, nonEmpty),
  /** One line per framework for the /compare map. */
  summaries: z.record(Framework, nonEmpty.max(SUMMARY_MAX)),
  sources: z.array(CompareSource).min(FRAMEWORKS.length),
});
export type CompareMeta = z.infer<typeof CompareMeta>;

export type CodeBlock = { language: string; title: string | null; source: string; line: number };
export type Subsection = { title: string; markdown: string };
export type CompareSection = {
  framework: Framework;
  line: number;
  /** The implementation: the fenced blocks before the first ### heading. */
  code: CodeBlock[];
  /** Prose between the code and the first ### heading, if any. */
  notes: string;
  subsections: Subsection[];
};
export type ComparePage = CompareMeta & {
  intro: string;
  sections: CompareSection[];
  /** Every link in the body, with its section. */
  links: { url: string; line: number; framework: Framework | null; subsection: string | null }[];
  headingProblems: string[];
  quiz: Quiz;
  file: string;
};

export const compareQuizId = (concept: string) => `compare.${concept}`;

const compareQuizzes = new WeakMap<ComparePage[], CompareQuiz[]>();
type CompareQuiz = { id: string; title: string; href: string; questions: ComparePage["quiz"]["questions"] };
/** Compare quizzes as the progress modules take them; one array per catalog, so their per-catalog caches hold. */
export function compareQuizzesOf(pages: ComparePage[]): CompareQuiz[] {
  let quizzes = compareQuizzes.get(pages);
  if (!quizzes) compareQuizzes.set(pages, (quizzes = pages.map((p) => ({ id: p.quiz.id, title: p.quiz.title, href: routes.compareQuiz(p.concept), questions: p.quiz.questions }))));
  return quizzes;
}

const parser = unified().use(remarkParse).use(remarkGfm);

const textOf = (node: Heading) => {
  let text = "";
  visit(node, (n) => void ("value" in n && typeof n.value === "string" && (text += n.value)));
  return text.trim();
};
const titleOf = (meta: string | null | undefined) => /(?:^|\s)title="([^"]+)"/.exec(meta ?? "")?.[1] ?? null;

/** Splits the Markdown body into the intro and one section per `## Framework`, in file order. */
export function parseCompareBody(body: string, lineOffset = 0): Pick<ComparePage, "intro" | "sections" | "links" | "headingProblems"> {
  const tree = parser.parse(body) as Root;
  const slice = (nodes: RootContent[]) => (nodes.length ? body.slice(nodes[0]!.position!.start.offset, nodes.at(-1)!.position!.end.offset).trim() : "");
  const line = (node: RootContent) => (node.position?.start.line ?? 0) + lineOffset;
  const introNodes: RootContent[] = [];
  const sections: CompareSection[] = [];
  const links: ComparePage["links"] = [];
  const headingProblems: string[] = [];
  let section: CompareSection | null = null;
  let sub: { title: string; nodes: RootContent[] } | null = null;
  let notes: RootContent[] = [];

  const closeSub = () => {
    if (section && sub) section.subsections.push({ title: sub.title, markdown: slice(sub.nodes) });
    sub = null;
  };
  const closeSection = () => {
    closeSub();
    if (section) section.notes = slice(notes);
    notes = [];
  };

  for (const node of tree.children) {
    visit(node, "link", (l: Link) => void links.push({ url: l.url, line: line(node), framework: section?.framework ?? null, subsection: sub?.title ?? null }));
    if (node.type === "heading" && node.depth === 2) {
      closeSection();
      const title = textOf(node);
      const framework = FRAMEWORKS.find((f) => FRAMEWORK_LABELS[f] === title);
      if (!framework) {
        headingProblems.push(`line ${line(node)}: "## ${title}" is not a framework section (use ${FRAMEWORKS.map((f) => FRAMEWORK_LABELS[f]).join(", ")})`);
        section = null;
        continue;
      }
      section = { framework, line: line(node), code: [], notes: "", subsections: [] };
      sections.push(section);
      continue;
    }
    if (!section) {
      if (node.type === "heading" && node.depth <= 3) headingProblems.push(`line ${line(node)}: heading before the first framework section`);
      else introNodes.push(node);
      continue;
    }
    if (node.type === "heading" && node.depth === 3) {
      closeSub();
      sub = { title: textOf(node), nodes: [] };
      continue;
    }
    if (sub) sub.nodes.push(node);
    else if (node.type === "code") {
      const code = node as Code;
      section.code.push({ language: code.lang ?? "", title: titleOf(code.meta), source: code.value, line: line(node) });
    } else notes.push(node);
  }
  closeSection();
  return { intro: slice(introNodes), sections, links, headingProblems };
}
