/** One colour per track, in catalog order, for the chart's dots and legend (literal class names for Tailwind). */
const PALETTE = [
  { fill: "fill-sky-600 dark:fill-sky-400", bg: "bg-sky-600 dark:bg-sky-400" },
  { fill: "fill-emerald-600 dark:fill-emerald-400", bg: "bg-emerald-600 dark:bg-emerald-400" },
  { fill: "fill-amber-600 dark:fill-amber-400", bg: "bg-amber-600 dark:bg-amber-400" },
  { fill: "fill-rose-600 dark:fill-rose-400", bg: "bg-rose-600 dark:bg-rose-400" },
  { fill: "fill-violet-600 dark:fill-violet-400", bg: "bg-violet-600 dark:bg-violet-400" },
  { fill: "fill-teal-700 dark:fill-teal-300", bg: "bg-teal-700 dark:bg-teal-300" },
  { fill: "fill-slate-600 dark:fill-slate-300", bg: "bg-slate-600 dark:bg-slate-300" },
];

export function trackColors(trackSlugs: string[]) {
  const index = new Map(trackSlugs.map((slug, i) => [slug, i]));
  return (slug: string) => PALETTE[(index.get(slug) ?? PALETTE.length - 1) % PALETTE.length]!;
}
