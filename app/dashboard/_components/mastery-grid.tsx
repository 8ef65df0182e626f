"use client";
// A client component for its size, not for interactivity: the grid crosses to the browser as data
// (levels and counts, plus the cells' links) and its ~500 elements are drawn there, after hydration
// (the server writes a placeholder of the same height); masteryView spells the labels (docs/performance.md).
import { MASTERY_LEVELS } from "@/lib/progress/mastery";
import { expandMastery, masteryLinkKey, masteryView, type CompactMasteryGrid } from "@/lib/progress/view";
import { MasterySwatch as Swatch } from "@/app/_components/mastery-swatch";
import { Placeholder, useHydrated } from "@/app/_components/after-hydration";

type Props = { grid: CompactMasteryGrid; links: Record<string, string>; started: boolean };

/**
 * Concepts down, tracks across; each cell is a level with its label for screen readers and a tooltip.
 * Cells are plain links (`a[data-intent]`, prefetched on intent by intent-links.tsx) with short
 * component classes (globals.css): the grid has ~100 cells per view. The server renders the intro and
 * legend, and a placeholder of the table's height; the table is drawn after hydration.
 */
export function MasteryGrid({ grid, links, started }: Props) {
  const hydrated = useHydrated();
  return (
    <div>
      {started ? null : (
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
          Every quiz question is tagged with the concepts it tests. Take a quiz and the cells for its track fill in: familiar at 70%, proficient at 100%, mastered when you
          repeat 100% on another day.
        </p>
      )}
      {hydrated ? <Table grid={grid} links={links} /> : (
        // The table's height at every width: `.mastery-placeholder`, `.mastery-track` and `.mastery-concept` (globals.css) fix the rows' heights.
        <Placeholder className="mastery-placeholder" style={{ "--rows": grid.rows.length } as React.CSSProperties} what="the mastery grid" testId="mastery-placeholder" />
      )}
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-xs text-slate-600 dark:text-slate-300" aria-label="Legend">
        {MASTERY_LEVELS.map(({ level, label }) => (
          <li key={level} className="inline-flex items-center gap-1.5">
            <Swatch level={level} />
            {label}
          </li>
        ))}
        <li className="inline-flex items-center gap-1.5">
          <span className="swatch swatch-none" aria-hidden="true">·</span>No questions
        </li>
      </ul>
    </div>
  );
}

function Table({ grid, links }: Omit<Props, "started">) {
  const view = masteryView(expandMastery(grid), (concept, track) => links[masteryLinkKey(concept, track)] ?? null);
  return (
    <div className="mastery-region relative rounded focus-visible:outline-2 focus-visible:outline-sky-600" tabIndex={0} role="region" aria-label="Mastery grid, scrolls sideways">
      <table className="text-sm" data-testid="mastery-grid">
        <caption className="sr-only">Mastery of each concept per framework track, from your latest attempt at each quiz</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-50 py-1 pr-3 text-left font-medium text-slate-500 dark:bg-slate-950 dark:text-slate-400">
              Concept
            </th>
            {view.tracks.map((t) => (
              <th key={t.slug} scope="col" className="px-1 py-1 text-center text-xs font-medium text-slate-500 dark:text-slate-400">
                <span className="mastery-track">{t.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.concept.id} className="border-t border-slate-100 dark:border-slate-800">
              <th scope="row" className="sticky left-0 bg-slate-50 py-1 pr-3 text-left font-normal dark:bg-slate-950">
                <span className="mastery-concept">{row.concept.title}</span>
              </th>
              {row.cells.map((cell) => {
                // One screen-reader span per cell: the level, then (on a link) where it leads.
                const content = (
                  <>
                    {cell.level ? <Swatch level={cell.level} /> : <span className="swatch-none" aria-hidden="true">·</span>}
                    <span className="sr-only">{cell.href ? cell.description + row.linkText : cell.description}</span>
                  </>
                );
                return (
                  <td key={cell.track} className="mastery-cell" title={cell.title} data-testid={`mastery-${cell.track}-${row.concept.id}`} data-level={cell.level ?? "none"}>
                    {cell.href ? (
                      <a data-intent href={cell.href} className="mastery-link">
                        {content}
                      </a>
                    ) : (
                      content
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
