import { BASELINE, isFramework } from "@/lib/content/frameworks";
import { getCatalog, getComparePage } from "@/lib/content/load";
import { routes } from "@/lib/routes";

/** The compare pages of a lesson's concepts, opened with Django and this lesson's framework selected. */
export function CompareLinks({ concepts, track }: { concepts: string[]; track: string }) {
  const titles = new Map(getCatalog().concepts.map((c) => [c.id, c.title]));
  const pages = concepts.flatMap((id) => {
    const page = getComparePage(id);
    return page ? [page] : [];
  });
  if (pages.length === 0) return null;
  const pair = isFramework(track) && track !== BASELINE ? { from: BASELINE, to: track } : undefined;
  return (
    <section aria-labelledby="compare-heading" className="mt-10">
      <h2 id="compare-heading" className="text-lg font-semibold">
        See it in all five frameworks
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {pages.map((page) => (
          <li key={page.concept}>
            <a data-intent href={routes.compare(page.concept, pair)} className="font-medium text-sky-700 underline dark:text-sky-300">
              {titles.get(page.concept) ?? page.concept}
            </a>
            <span className="text-slate-600 dark:text-slate-300"> — {page.task}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
