import Link from "next/link";
import { MASTERY_LEVELS, type MasteryCell, type MasteryGrid as Grid } from "@/lib/progress/mastery";
import { masteryLabel as labelOf, MasterySwatch as Swatch } from "@/app/_components/mastery-swatch";

function describe(cell: MasteryCell): string {
  if (cell.level === null) return "no questions in this track";
  if (cell.percent === null) return `${labelOf(cell.level)}: ${cell.questions} question${cell.questions === 1 ? "" : "s"} to try`;
  return `${labelOf(cell.level)}: ${cell.percent}% on ${cell.answered} of ${cell.questions} questions, latest attempts`;
}

type Props = {
  grid: Grid;
  started: boolean;
  /** Cells link to the compare page of their concept with their framework selected (Django → it), where there is one. */
  compareHref?: (concept: string, track: string) => string | null;
};

/** Concepts down, tracks across; each cell is a level with its label for screen readers and a tooltip. */
export function MasteryGrid({ grid, started, compareHref = () => null }: Props) {
  return (
    <div>
      {started ? null : (
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
          Every quiz question is tagged with the concepts it tests. Take a quiz and the cells for its track fill in: familiar at 70%, proficient at 100%, mastered when you
          repeat 100% on another day.
        </p>
      )}
      <div className="relative overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-sky-600" tabIndex={0} role="region" aria-label="Mastery grid, scrolls sideways">
        <table className="text-sm" data-testid="mastery-grid">
          <caption className="sr-only">Mastery of each concept per framework track, from your latest attempt at each quiz</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-50 py-1 pr-3 text-left font-medium text-slate-500 dark:bg-slate-950 dark:text-slate-400">
                Concept
              </th>
              {grid.tracks.map((t) => (
                <th key={t.slug} scope="col" className="px-1 py-1 text-center text-xs font-medium text-slate-500 dark:text-slate-400">
                  {t.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.concept.id} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="sticky left-0 bg-slate-50 py-1 pr-3 text-left font-normal dark:bg-slate-950">
                  {row.concept.title}
                </th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.track}
                    className="px-1 py-1 text-center"
                    title={`${row.concept.title} in ${grid.tracks.find((t) => t.slug === cell.track)?.title}: ${describe(cell)}`}
                    data-testid={`mastery-${cell.track}-${row.concept.id}`}
                    data-level={cell.level ?? "none"}
                  >
                    <CellLink href={compareHref(row.concept.id, cell.track)} what={`${row.concept.title} compared across frameworks`}>
                      {cell.level ? <Swatch level={cell.level} /> : <span className="text-slate-300 dark:text-slate-600" aria-hidden="true">·</span>}
                      <span className="sr-only">{describe(cell)}</span>
                    </CellLink>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-xs text-slate-600 dark:text-slate-300" aria-label="Legend">
        {MASTERY_LEVELS.map(({ level, label }) => (
          <li key={level} className="inline-flex items-center gap-1.5">
            <Swatch level={level} />
            {label}
          </li>
        ))}
        <li className="inline-flex items-center gap-1.5">
          <span className="inline-flex size-7 items-center justify-center align-middle text-slate-300 dark:text-slate-600" aria-hidden="true">·</span>No questions
        </li>
      </ul>
    </div>
  );
}

/** A cell's content, as a link to the concept's compare page when it has one. */
function CellLink({ href, what, children }: { href: string | null; what: string; children: React.ReactNode }) {
  if (!href) return children;
  return (
    <Link href={href} className="inline-flex min-h-7 min-w-7 items-center justify-center rounded hover:ring-2 hover:ring-sky-600">
      {children}
      <span className="sr-only">. Open {what}</span>
    </Link>
  );
}
