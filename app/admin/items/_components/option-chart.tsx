import type { OptionRow } from "@/lib/items/report";

const ROW = 28;
const LABEL = 36;
const WIDTH = 360;

/**
 * Server-rendered bars: for each option, the share of the top third (upper bar) and of the bottom
 * third (lower bar) that chose it. The option table beside it carries the same numbers as text.
 */
export function OptionChart({ options, bandSizes }: { options: OptionRow[]; bandSizes: { top: number; bottom: number } }) {
  const shown = options.slice(0, 12);
  const height = shown.length * ROW + 4;
  const bar = (count: number, size: number) => (size ? (count / size) * (WIDTH - LABEL - 8) : 0);
  return (
    <figure className="max-w-md">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full" role="img" aria-label="Share of the top and bottom third choosing each option; the table lists the same numbers." data-testid="option-chart">
        {shown.map((o, i) => (
          <g key={o.key} transform={`translate(0 ${i * ROW + 2})`}>
            <text x={0} y={16} className="fill-slate-700 text-[11px] dark:fill-slate-300">{`#${i + 1}`}</text>
            <rect x={LABEL} y={2} height={10} width={bar(o.top, bandSizes.top)} className={o.correct ? "fill-emerald-600 dark:fill-emerald-400" : "fill-sky-700 dark:fill-sky-400"} />
            <rect x={LABEL} y={14} height={10} width={bar(o.bottom, bandSizes.bottom)} className="fill-slate-400 dark:fill-slate-500" />
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Upper bar: top third (green when it is a right answer); lower bar: bottom third. Rows are numbered as in the table.
      </figcaption>
    </figure>
  );
}
