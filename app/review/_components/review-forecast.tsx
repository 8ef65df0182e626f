"use client";
// A client component for its size (no state): its props are compact data, so the RSC payload
// carries them instead of every element it renders, and its table (behind a disclosure) is drawn
// after hydration (docs/performance.md, "The dashboard page's render").
import { Fragment } from "react";
import { useHydrated } from "@/app/_components/after-hydration";
import { formatDay } from "@/lib/datetime";

type Props = { forecast: { day: string; count: number }[] };

const WIDTH = 560;
const HEIGHT = 120;
const GAP = 6;

/** Bar chart of cards due per local day for the next 14 days, server-rendered; the numbers as a table, drawn after hydration. */
export function ReviewForecast({ forecast }: Props) {
  const hydrated = useHydrated();
  const total = forecast.reduce((sum, d) => sum + d.count, 0);
  const max = Math.max(1, ...forecast.map((d) => d.count));
  const barWidth = (WIDTH - GAP * (forecast.length - 1)) / Math.max(1, forecast.length);
  const summary = total
    ? `${total} card${total === 1 ? "" : "s"} due in the next ${forecast.length} days; ${forecast[0]?.count ?? 0} today, the busiest day has ${max}.`
    : `Nothing due in the next ${forecast.length} days.`;
  return (
    <figure className="max-w-3xl" data-testid="review-forecast">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 18}`} className="h-auto w-full" role="img" aria-label={`Review forecast: ${summary}`}>
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-300 dark:stroke-slate-600" strokeWidth={1} />
        {forecast.map((d, i) => {
          const h = d.count ? Math.max(3, (d.count / max) * (HEIGHT - 16)) : 0;
          const x = i * (barWidth + GAP);
          return (
            <Fragment key={d.day}>
              <rect data-testid="forecast-day" data-day={d.day} data-count={d.count} x={x} y={HEIGHT - h} width={barWidth} height={h} rx={2} className={i === 0 ? "fill-sky-700 dark:fill-sky-400" : "fill-sky-300 dark:fill-sky-700"}>
                <title>{`${i === 0 ? "Today" : formatDay(d.day)}: ${d.count}`}</title>
              </rect>
              {d.count ? (
                <text x={x + barWidth / 2} y={HEIGHT - h - 4} textAnchor="middle" className="fill-slate-700 text-[11px] dark:fill-slate-200">
                  {d.count}
                </text>
              ) : null}
              {i % 2 === 0 ? (
                <text x={x + barWidth / 2} y={HEIGHT + 14} textAnchor="middle" className="fill-slate-500 text-[10px] dark:fill-slate-400">
                  {i === 0 ? "Today" : formatDay(d.day).split(" ").slice(1).join(" ")}
                </text>
              ) : null}
            </Fragment>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-300">{summary} Today includes anything overdue.</figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer rounded py-1 text-sky-700 underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">Show the forecast as a table</summary>
        {hydrated ? (
          <table className="mt-2 text-left" data-testid="forecast-table">
            <caption className="sr-only">Cards due per day</caption>
            <thead>
              <tr className="text-slate-500 dark:text-slate-400">
                <th scope="col" className="py-1 pr-6 font-medium">Day</th>
                <th scope="col" className="py-1 text-right font-medium">Cards due</th>
              </tr>
            </thead>
            <tbody>
              {forecast.map((d, i) => (
                <tr key={d.day}>
                  <td className="py-0.5 pr-6">{i === 0 ? `Today (${formatDay(d.day)})` : formatDay(d.day)}</td>
                  <td className="py-0.5 text-right tabular-nums">{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <noscript>
            <p className="mt-2">Turn on JavaScript to see this table.</p>
          </noscript>
        )}
      </details>
    </figure>
  );
}
