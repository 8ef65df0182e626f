import type { RelatedLesson } from "@/lib/content/related";
import { Badge, Card } from "@/app/_components/ui";

/** Lessons in other tracks that share this lesson's concepts, with the shared concepts as badges. */
export function RelatedLessons({ lessons }: { lessons: RelatedLesson[] }) {
  if (!lessons.length) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-10">
      <h2 id="related-heading" className="text-lg font-semibold">
        Related lessons in other tracks
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">The same ideas, seen from another framework.</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {lessons.map((r) => (
          <li key={r.id} data-testid={`related-${r.id}`}>
            <Card className="h-full">
              <p className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{r.track.title}</span>
                {r.curated ? <Badge>Compared in this lesson</Badge> : null}
              </p>
              <a data-intent href={r.href} className="mt-1 inline-block font-medium hover:underline">
                {r.title}
              </a>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{r.summary}</p>
              {r.sharedConcepts.length ? (
                <ul aria-label="Shared concepts" className="mt-3 flex flex-wrap gap-1.5">
                  {r.sharedConcepts.map((c) => (
                    <li key={c.id}>
                      <Badge tone="info">{c.title}</Badge>
                    </li>
                  ))}
                </ul>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
