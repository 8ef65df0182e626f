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
import { visit } from "unist-util-visit";
import { toString } from "hast-util-to-string";
import type { Element, Root } from "hast";
import type { VFile } from "vfile";
import type { CodeSnippet } from "./schema";

// Light and dark themes as CSS variables; globals.css picks one per colour scheme.
const themes = { light: "github-light", dark: "github-dark" } as const;

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

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSlug)
  .use(collectHeadings)
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

export function renderCode(snippet: CodeSnippet): Promise<string> {
  return codeToHtml(snippet.source, { lang: snippet.language, themes, defaultColor: false });
}
