"use client";
// A client component for its size, not for interactivity: its props (84 days as data) cross to the
// browser instead of ~300 server-rendered elements serialised into the RSC payload, and its table is
// drawn there after hydration (docs/performance.md, "The dashboard page's render").
import type { Heatmap } from "@/lib/progress/heatmap";
import type { Streaks } from "@/lib/progress/streaks";
import { activities, expandHeatmap, heatmapView, type CompactHeatmap } from "@/lib/progress/view";
import { formatDay } from "@/lib/datetime";
import { Placeholder, useHydrated } from "@/app/_components/after-hydration";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700">
      <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="text-lg font-semibold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

type Props = { activity: Pick<Streaks, "current" | "longest" | "activeDays">; heatmap: CompactHeatmap; timeZone: string };

/** The table's height in px: a header row and seven day rows of `text-xs` lines, 3 px apart. */
const TABLE_PX = 152;

/**
 * Streaks and a 12-week heatmap (weeks as columns, Monday on top), as a table so every day is
 * announced. Labels come precomputed (lib/progress/view.ts); squares use `.heat-*` (globals.css).
 * The server renders the streaks and the summary, and a placeholder of the table's height.
 */
export function ActivityHeatmap({ activity, timeZone, ...props }: Props) {
  const heatmap = expandHeatmap(props.heatmap);
  const hydrated = useHydrated();
  return (
    <div>
      <dl className="mb-4 grid max-w-xl grid-cols-1 gap-2 min-[360px]:grid-cols-3">
        <Stat label="Current streak" value={plural(activity.current, "day")} testId="current-streak" />
        <Stat label="Longest streak" value={plural(activity.longest, "day")} testId="longest-streak" />
        <Stat label="Active days, 12 weeks" value={String(heatmap.activeDays)} testId="active-days" />
      </dl>
      {activity.activeDays === 0 ? (
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">No activity yet. Each day you finish a quiz lights up a square here; come back tomorrow to start a streak.</p>
      ) : activity.current === 0 ? (
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">Take a quiz today to start a new streak.</p>
      ) : null}
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-300" data-testid="activity-summary">
        From {formatDay(heatmap.from)} to {formatDay(heatmap.to)}: {activities(heatmap.total)} (quizzes and lessons) on {plural(heatmap.activeDays, "day")}. Days are counted in {timeZone}.
      </p>
      {hydrated ? <Table heatmap={heatmap} /> : <Placeholder height={TABLE_PX} what="the activity heatmap" testId="heatmap-placeholder" />}
      <p className="mt-2 flex items-center gap-1 text-xs text-slate-500 dark:text-slate-400" aria-hidden="true">
        Less
        {([0, 1, 2, 3, 4] as const).map((level) => (
          <span key={level} className={`inline-block size-3 rounded-sm heat-${level}`} />
        ))}
        More
      </p>
    </div>
  );
}

function Table({ heatmap }: { heatmap: Heatmap }) {
  const view = heatmapView(heatmap);
  return (
    <div className="relative overflow-x-auto">
      <table className="border-separate border-spacing-[3px] text-xs" data-testid="heatmap">
        <caption className="sr-only">Activities per day over the last 12 weeks, weeks as columns</caption>
        <thead>
          <tr>
            <td />
            {view.weeks.map((week) => (
              <th key={week.first} scope="col" className="w-3.5 text-left font-normal text-slate-500 dark:text-slate-400">
                <span aria-hidden="true">{week.month}</span>
                <span className="sr-only">{week.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.days.map((row, d) => (
            <tr key={WEEKDAYS[d]}>
              <th scope="row" className="pr-1 text-left font-normal text-slate-500 dark:text-slate-400">
                <span aria-hidden="true">{d % 2 === 0 ? WEEKDAYS[d]?.slice(0, 3) : ""}</span>
                <span className="sr-only">{WEEKDAYS[d]}</span>
              </th>
              {row.map((cell) => (
                <td key={cell.day} title={cell.label || undefined} data-testid={`heat-${cell.day}`} data-count={cell.count}>
                  <span className={cell.future ? "heat" : `heat heat-${cell.level}`} aria-hidden="true" />
                  {cell.label ? <span className="sr-only">{cell.label}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
