/**
 * The pages a chooser reason may cite, and how to name them. Pure: callers pass the catalog.
 */
import { COMPARE_CONCEPTS, type Cite, type CompareConcept } from "./weights";

const LESSON = /^\/learn\/[a-z0-9-]+\/[a-z0-9-]+$/;
const COMPARE = /^\/compare\/([a-z0-9-]+)$/;

const isCompareConcept = (id: string): id is CompareConcept => (COMPARE_CONCEPTS as readonly string[]).includes(id);

/** A lesson path or the path of one of the compare pages. */
export function isCite(href: string): href is Cite {
  if (LESSON.test(href)) return true;
  const concept = COMPARE.exec(href)?.[1];
  return concept !== undefined && isCompareConcept(concept);
}

type CatalogLike = { tracks: { slug: string; title: string; lessons: { slug: string; title: string }[] }[]; concepts: { id: string; title: string }[] };

/** Does the page exist: a lesson in the catalog, or one of the compare pages? */
export function citeExists(cite: string, catalog: CatalogLike): boolean {
  if (!isCite(cite)) return false;
  if (cite.startsWith("/compare/")) return true;
  const [, , track, slug] = cite.split("/");
  return catalog.tracks.some((t) => t.slug === track && t.lessons.some((l) => l.slug === slug));
}

/** Link text for a cited page: "Lesson: <title>" or "Compare: <concept>". */
export function citeLabel(cite: Cite, catalog: CatalogLike): string {
  const [, kind, a, b] = cite.split("/");
  if (kind === "compare") return `Compare: ${catalog.concepts.find((c) => c.id === a)?.title ?? a}`;
  const lesson = catalog.tracks.find((t) => t.slug === a)?.lessons.find((l) => l.slug === b);
  return lesson ? `Lesson: ${lesson.title}` : cite;
}
