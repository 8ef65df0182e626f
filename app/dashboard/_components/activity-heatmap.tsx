import { formatDay, formatMonth } from "@/lib/datetime";
import type { HeatLevel } from "@/lib/progress/heatmap";
import type { Dashboard } from "@/lib/progress/stats";

const LEVEL_STYLES: Record<HeatLevel, string> = {
  0: "bg-slate-200 dark:bg-slate-800",
  1: "bg-emerald-200 dark:bg-emerald-900",
  2: "bg-emerald-400 dark:bg-emerald-700",
  3: "bg-emerald-600 dark:bg-emerald-500",
  4: "bg-emerald-800 dark:bg-emerald-300",
};
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const activities = (n: number) => (n === 1 ? "1 activity" : `${n} activities`);
const monthOf = formatMonth;

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

/** Streaks and a 12-week heatmap (weeks as columns, Monday on top), as a table so every day is announced. */
export function ActivityHeatmap({ activity, timeZone }: { activity: Dashboard["activity"]; timeZone: string }) {
  const { heatmap } = activity;
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
        From {formatDay(heatmap.from)} to {formatDay(heatmap.to)}: {activities(heatmap.total)} (quizzes and lessons) on {plural(heatmap.activeDays, "day")}. Days are counted in{" "}
        {timeZone}.
      </p>
      <div className="relative overflow-x-auto">
        <table className="border-separate border-spacing-[3px] text-xs" data-testid="heatmap">
          <caption className="sr-only">Activities per day over the last 12 weeks, weeks as columns</caption>
          <thead>
            <tr>
              <td />
              {heatmap.weeks.map((week, i) => {
                const first = week[0]!.day;
                const newMonth = i === 0 || monthOf(first) !== monthOf(heatmap.weeks[i - 1]![0]!.day);
                return (
                  <th key={first} scope="col" className="w-3.5 text-left font-normal text-slate-500 dark:text-slate-400">
                    <span aria-hidden="true">{newMonth ? monthOf(first) : ""}</span>
                    <span className="sr-only">Week of {formatDay(first)}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((weekday, d) => (
              <tr key={weekday}>
                <th scope="row" className="pr-1 text-left font-normal text-slate-500 dark:text-slate-400">
                  <span aria-hidden="true">{d % 2 === 0 ? weekday.slice(0, 3) : ""}</span>
                  <span className="sr-only">{weekday}</span>
                </th>
                {heatmap.weeks.map((week) => {
                  const cell = week[d]!;
                  const text = cell.future ? "" : `${formatDay(cell.day)}: ${activities(cell.count)}`;
                  return (
                    <td key={cell.day} title={text || undefined} data-testid={`heat-${cell.day}`} data-count={cell.count}>
                      <span className={`block size-3.5 rounded-sm ${cell.future ? "" : LEVEL_STYLES[cell.level]}`} aria-hidden="true" />
                      {text ? <span className="sr-only">{text}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 flex items-center gap-1 text-xs text-slate-500 dark:text-slate-400" aria-hidden="true">
        Less
        {([0, 1, 2, 3, 4] as const).map((level) => (
          <span key={level} className={`inline-block size-3 rounded-sm ${LEVEL_STYLES[level]}`} />
        ))}
        More
      </p>
    </div>
  );
}
