import "server-only";
import rehypeShiki from "@shikijs/rehype";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { codeToHtml } from "shiki";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { toString } from "hast-util-to-string";
import type { Element, Root } from "hast";
import type { VFile } from "vfile";
import type { CodeSnippet } from "./schema";

// Light and dark themes as CSS variables; globals.css picks one per colour scheme. The "-default"
// GitHub pair keeps every token at 4.5:1 or more against its background (github-light's orange and
// github-dark's comment grey do not); tests/unit/content/code-contrast.test.ts checks all content.
export const CODE_THEMES = { light: "github-light-default", dark: "github-dark-default" } as const;
const themes = CODE_THEMES;

export type Heading = { id: string; text: string; depth: number };
export type RenderedMarkdown = { html: string; headings: Heading[] };

/** Collects h2/h3 headings (after rehype-slug gave them ids) for the table of contents. */
function collectHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    visit(tree, "element", (node: Element) => {
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties.id === "string")
        headings.push({ id: node.properties.id, text: toString(node), depth: Number(node.tagName[1]) });
    });
    file.data.headings = headings;
  };
}

/**
 * Wraps each table in a region that scrolls sideways on its own, so a wide table never widens the
 * page on a narrow screen. The region is focusable (keyboard users can scroll it) and named after
 * the table's column headings.
 */
function scrollableTables() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return;
      const headings: string[] = [];
      visit(node, "element", (cell: Element) => void (cell.tagName === "th" && headings.push(toString(cell).trim())));
      const label = headings.filter(Boolean).length ? `Table: ${headings.filter(Boolean).join(", ")}` : "Table";
      parent.children[index] = {
        type: "element",
        tagName: "div",
        properties: { className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabel: label },
        children: [node],
      };
      return [SKIP, index + 1];
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSlug)
  .use(collectHeadings)
  .use(scrollableTables)
  .use(rehypeAutolinkHeadings, { behavior: "wrap" })
  .use(rehypeShiki, { themes, defaultColor: false })
  .use(rehypeStringify);

const cache = new Map<string, Promise<RenderedMarkdown>>();

/** Markdown to HTML with server-side highlighting; content is ours and trusted, so no sanitising pass. */
export function renderMarkdown(markdown: string): Promise<RenderedMarkdown> {
  let rendered = cache.get(markdown);
  if (!rendered) {
    rendered = processor.process(markdown).then((file) => ({ html: String(file), headings: (file.data.headings as Heading[]) ?? [] }));
    cache.set(markdown, rendered);
  }
  return rendered;
}

/** One snippet, highlighted; `language` is a Shiki language id (content:check keeps it to known ones). */
export function renderCode(snippet: Pick<CodeSnippet, "source"> & { language: string }): Promise<string> {
  return codeToHtml(snippet.source, { lang: snippet.language, themes, defaultColor: false });
}
