/**
 * Curriculum depth (issue #11): how many lessons each track needs, and which concepts every
 * framework track must ask about, so the dashboard's mastery grid has no "no questions" cell for
 * them. Pure. Not yet part of `checkCatalog`: it is switched on once every track has its lessons.
 */
import type { Catalog } from "./catalog";

export type DepthPolicy = {
  /** Tracks the concept rule applies to. */
  frameworkTracks: readonly string[];
  /** Minimum lessons per track slug; tracks not listed use `defaultMinLessons` if they are framework tracks. */
  minLessons: Readonly<Record<string, number>>;
  defaultMinLessons: number;
  /** Concepts each framework track must have at least one question on (matched against question `concepts`). */
  requiredConcepts: readonly string[];
};

export const DEPTH_POLICY: DepthPolicy = {
  frameworkTracks: ["django", "flask", "fastapi", "rails", "express"],
  minLessons: { django: 6, choosing: 4 },
  defaultMinLessons: 8,
  requiredConcepts: ["routing", "request-response", "orm", "migrations", "validation", "auth", "testing", "config", "middleware"],
};

/** Problems as "file: field: message", like the other content checks. */
export function checkDepth(catalog: Catalog, policy: DepthPolicy = DEPTH_POLICY): string[] {
  const problems: string[] = [];
  const known = new Set(catalog.concepts.map((c) => c.id));
  for (const id of policy.requiredConcepts)
    if (!known.has(id)) problems.push(`content/concepts.yaml: concepts: required concept "${id}" is missing`);

  const bySlug = new Map(catalog.tracks.map((t) => [t.slug, t]));
  const expected = new Set([...policy.frameworkTracks, ...Object.keys(policy.minLessons)]);
  for (const slug of expected) {
    const track = bySlug.get(slug);
    const min = policy.minLessons[slug] ?? policy.defaultMinLessons;
    if (!track) {
      problems.push(`content/tracks/${slug}: track is missing; it needs at least ${min} lessons`);
      continue;
    }
    if (track.lessons.length < min) problems.push(`${track.file}: lessons: ${track.lessons.length} lessons; this track needs at least ${min}`);
    if (!policy.frameworkTracks.includes(slug)) continue;
    const asked = new Set(track.lessons.flatMap((l) => l.quiz.questions.flatMap((q) => q.concepts)));
    const missing = policy.requiredConcepts.filter((id) => !asked.has(id));
    if (missing.length) problems.push(`${track.file}: concepts: no questions on ${missing.map((id) => `"${id}"`).join(", ")}`);
  }
  return problems;
}
