import "server-only";
import { FRAMEWORK_LABELS, type ComparePage } from "./compare";
import { renderCode, renderMarkdown } from "./render";
import type { Framework } from "./schema";

export type RenderedBlock = { title: string | null; language: string; html: string };
export type RenderedSection = {
  framework: Framework;
  label: string;
  version: string;
  summary: string;
  code: RenderedBlock[];
  notesHtml: string;
  subsections: { title: string; html: string }[];
};
export type RenderedComparePage = { introHtml: string; sections: RenderedSection[] };

const html = async (markdown: string) => (markdown ? (await renderMarkdown(markdown)).html : "");

/** A compare page as HTML, highlighted with Shiki on the server (at build time for prerendered pages). */
export async function renderComparePage(page: ComparePage): Promise<RenderedComparePage> {
  const sections = await Promise.all(
    page.sections.map(async (section) => ({
      framework: section.framework,
      label: FRAMEWORK_LABELS[section.framework],
      version: page.versions[section.framework],
      summary: page.summaries[section.framework],
      code: await Promise.all(
        section.code.map(async (block) => ({
          title: block.title,
          language: block.language,
          html: await renderCode({ language: block.language, source: block.source }),
        })),
      ),
      notesHtml: await html(section.notes),
      subsections: await Promise.all(section.subsections.map(async (s) => ({ title: s.title, html: await html(s.markdown) }))),
    })),
  );
  return { introHtml: await html(page.intro), sections };
}
