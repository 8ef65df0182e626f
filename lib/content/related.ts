/**
 * "Related lessons in other tracks": lessons elsewhere in the curriculum that share concepts with
 * this one. Pure: works on the parsed catalog (or anything shaped like it).
 */
import type { Concept } from "./schema";
import { routes } from "@/lib/routes";

type LessonLike = { id: string; slug: string; track: string; title: string; summary: string; concepts: string[]; related: string[] };
type CatalogLike = { tracks: { slug: string; title: string; lessons: LessonLike[] }[]; concepts: Concept[] };

export type RelatedLesson = {
  id: string;
  track: { slug: string; title: string };
  slug: string;
  title: string;
  summary: string;
  href: string;
  /** Concepts both lessons are tagged with, in this lesson's order. */
  sharedConcepts: Pick<Concept, "id" | "title">[];
  /** Named in this lesson's frontmatter `related`. */
  curated: boolean;
};

export const RELATED_LIMIT = 8;

/**
 * Lessons from other tracks that the author listed in `related` or that share at least one
 * concept. Ranked: curated first, then by number of shared concepts (most first); ties keep the
 * author's order for curated lessons and the catalog's order (track, then lesson) for the rest.
 */
export function rankRelatedLessons(lesson: LessonLike, catalog: CatalogLike, limit = RELATED_LIMIT): RelatedLesson[] {
  const titles = new Map(catalog.concepts.map((c) => [c.id, c.title]));
  const curatedIndex = new Map(lesson.related.map((ref, i) => [ref, i]));

  const candidates = catalog.tracks
    .filter((track) => track.slug !== lesson.track)
    .flatMap((track) =>
      track.lessons.map((other) => {
        const shared = lesson.concepts.filter((id) => other.concepts.includes(id));
        const curated = curatedIndex.get(`${track.slug}/${other.slug}`);
        return { track, other, shared, curated };
      }),
    )
    .filter((c) => c.curated !== undefined || c.shared.length > 0);

  // Array.prototype.sort is stable, so equal keys keep the catalog order they were built in.
  candidates.sort((a, b) => {
    if ((a.curated === undefined) !== (b.curated === undefined)) return a.curated === undefined ? 1 : -1;
    if (a.shared.length !== b.shared.length) return b.shared.length - a.shared.length;
    return (a.curated ?? 0) - (b.curated ?? 0);
  });

  return candidates.slice(0, limit).map(({ track, other, shared, curated }) => ({
    id: other.id,
    track: { slug: track.slug, title: track.title },
    slug: other.slug,
    title: other.title,
    summary: other.summary,
    href: routes.lesson(track.slug, other.slug),
    sharedConcepts: shared.map((id) => ({ id, title: titles.get(id) ?? id })),
    curated: curated !== undefined,
  }));
}
