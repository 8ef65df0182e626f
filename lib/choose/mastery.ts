/**
 * A learner's mastery per framework, from the dashboard's mastery grid and track progress. Pure.
 * A framework's core concepts are those its track's quizzes cover; proficient counts the cells at
 * "proficient" or "mastered".
 */
import type { TrackLike } from "@/lib/content/catalog";
import type { MasteryGrid } from "@/lib/progress/mastery";
import type { TrackProgress } from "@/lib/progress/stats";
import { isCite } from "./cite";
import { FRAMEWORKS, type Framework } from "./questionnaire";
import type { FrameworkMastery, LearnerMastery } from "./score";
import { routes } from "@/lib/routes";

export function masteryByFramework(grid: MasteryGrid, progress: Pick<TrackProgress, "slug" | "next">[], tracks: TrackLike[]): LearnerMastery {
  const one = (framework: Framework): FrameworkMastery => {
    const cells = grid.rows.flatMap((row) => row.cells.filter((c) => c.track === framework && c.level !== null));
    const proficient = cells.filter((c) => c.level === "proficient" || c.level === "mastered").length;
    const next = progress.find((p) => p.slug === framework)?.next ?? null;
    const nextCite = next && isCite(next.href) ? { title: next.title, href: next.href } : null;
    const first = tracks.find((t) => t.slug === framework)?.lessons[0];
    const firstHref = first ? routes.lesson(framework, first.slug) : "";
    const fallback = isCite(firstHref) ? firstHref : "/compare/conventions";
    return { proficient, total: cells.length, next: nextCite, cite: nextCite?.href ?? fallback };
  };
  return { django: one("django"), flask: one("flask"), fastapi: one("fastapi"), rails: one("rails"), express: one("express") } satisfies Record<(typeof FRAMEWORKS)[number], FrameworkMastery>;
}
