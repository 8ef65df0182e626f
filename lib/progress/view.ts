/**
 * The dashboard's view data: every label, title and date string its tables and charts show, worked
 * out once per request here rather than inside components (each score date was formatted three
 * times, each mastery cell searched the track list for its title, each heatmap day called Intl).
 * Components only place these strings. Pure.
 */
import { formatDateTime, formatDay, formatMonth } from "@/lib/datetime";
import type { Day } from "./days";
import { buildHeatmap, type HeatLevel, type Heatmap } from "./heatmap";
import type { HistoryPoint } from "./history";
import { MASTERY_LEVELS, type MasteryCell, type MasteryGrid, type MasteryLevel } from "./mastery";
import type { Dashboard, QuizProgress, TrackProgress } from "./stats";

const LABELS = new Map(MASTERY_LEVELS.map((l) => [l.level, l.label]));
export const masteryLevelLabel = (level: MasteryLevel): string => LABELS.get(level) ?? level;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
export const activities = (n: number) => (n === 1 ? "1 activity" : `${n} activities`);

/** What a mastery cell says to a screen reader (and, after its concept and track, in its tooltip). */
export function describeMastery(cell: MasteryCell): string {
  if (cell.level === null) return "no questions in this track";
  if (cell.percent === null) return `${masteryLevelLabel(cell.level)}: ${plural(cell.questions, "question")} to try`;
  return `${masteryLevelLabel(cell.level)}: ${cell.percent}% on ${cell.answered} of ${cell.questions} questions, latest attempts`;
}

export type MasteryCellView = { track: string; level: MasteryLevel | null; title: string; description: string; href: string | null };
export type MasteryView = { tracks: MasteryGrid["tracks"]; rows: { concept: { id: string; title: string }; linkText: string; cells: MasteryCellView[] }[] };

export function masteryView(grid: MasteryGrid, compareHref: (concept: string, track: string) => string | null): MasteryView {
  const trackTitles = new Map(grid.tracks.map((t) => [t.slug, t.title]));
  return {
    tracks: grid.tracks,
    rows: grid.rows.map(({ concept, cells }) => ({
      concept,
      linkText: `. Open ${concept.title} compared across frameworks`,
      cells: cells.map((cell) => {
        const description = describeMastery(cell);
        return { track: cell.track, level: cell.level, description, title: `${concept.title} in ${trackTitles.get(cell.track)}: ${description}`, href: compareHref(concept.id, cell.track) };
      }),
    })),
  };
}

/**
 * The compare-page link of every mastery cell that has one, keyed by `masteryLinkKey`: compact data
 * a client component can take as a prop (a function cannot cross to the browser), turned back into
 * `compareHref` for `masteryView` there.
 */
export const masteryLinkKey = (concept: string, track: string) => `${concept} ${track}`;
export function masteryLinks(grid: MasteryGrid, compareHref: (concept: string, track: string) => string | null): Record<string, string> {
  const links: Record<string, string> = {};
  for (const { concept, cells } of grid.rows)
    for (const cell of cells) {
      const href = compareHref(concept.id, cell.track);
      if (href) links[masteryLinkKey(concept.id, cell.track)] = href;
    }
  return links;
}

/**
 * A mastery grid as compact props for the browser: each cell as [level, percent, questions, answered],
 * in the order of `tracks` (a cell's column is its track). About a third of the RSC payload's bytes.
 */
export type CompactMasteryCell = [level: MasteryLevel | null, percent: number | null, questions: number, answered: number];
export type CompactMasteryGrid = { tracks: MasteryGrid["tracks"]; rows: { concept: { id: string; title: string }; cells: CompactMasteryCell[] }[] };

export const compactMastery = (grid: MasteryGrid): CompactMasteryGrid => ({
  tracks: grid.tracks,
  rows: grid.rows.map(({ concept, cells }) => ({ concept, cells: cells.map((c): CompactMasteryCell => [c.level, c.percent, c.questions, c.answered]) })),
});

export const expandMastery = (grid: CompactMasteryGrid): MasteryGrid => ({
  tracks: grid.tracks,
  rows: grid.rows.map(({ concept, cells }) => ({
    concept,
    cells: cells.map(([level, percent, questions, answered], i) => ({ track: grid.tracks[i]?.slug ?? "", level, percent, questions, answered })),
  })),
});

/** The heatmap as compact props: today and the days with activity in its window; `expandHeatmap` rebuilds it. */
export type CompactHeatmap = { today: Day; active: [day: Day, count: number][] };

export const compactHeatmap = (heatmap: Heatmap): CompactHeatmap => ({
  today: heatmap.to,
  active: heatmap.weeks.flat().flatMap((cell): [Day, number][] => (cell.count > 0 ? [[cell.day, cell.count]] : [])),
});

export const expandHeatmap = (heatmap: CompactHeatmap): Heatmap => buildHeatmap(new Map(heatmap.active), heatmap.today);

export type HeatCellView = { day: Day; count: number; level: HeatLevel; future: boolean; label: string };
export type HeatmapView = {
  /** One per column: the month's name where a new month starts (else ""), and the week's label for screen readers. */
  weeks: { first: Day; month: string; label: string }[];
  /** Seven rows, Monday first; each has one cell per week. `label` is "" for days still to come. */
  days: HeatCellView[][];
  from: string;
  to: string;
};

export function heatmapView(heatmap: Heatmap): HeatmapView {
  let previousMonth = "";
  const weeks = heatmap.weeks.map((week) => {
    const first = week[0]!.day;
    const month = formatMonth(first);
    const shown = month === previousMonth ? "" : month;
    previousMonth = month;
    return { first, month: shown, label: `Week of ${formatDay(first)}` };
  });
  const days = Array.from({ length: 7 }, (_, d) =>
    heatmap.weeks.map((week) => {
      const cell = week[d]!;
      return { ...cell, label: cell.future ? "" : `${formatDay(cell.day)}: ${activities(cell.count)}` };
    }),
  );
  return { weeks, days, from: formatDay(heatmap.from), to: formatDay(heatmap.to) };
}

export type HistoryPointView = HistoryPoint & { when: string };
/** Each point with its date in the learner's zone, formatted once. */
export const historyView = (points: HistoryPoint[], timeZone: string): HistoryPointView[] => points.map((p) => ({ ...p, when: formatDateTime(p.submittedAt, timeZone) }));

export type RecentAttemptView = Dashboard["recentAttempts"][number] & { when: string };
export const recentAttemptsView = (attempts: Dashboard["recentAttempts"], timeZone: string): RecentAttemptView[] =>
  attempts.map((a) => ({ ...a, when: formatDateTime(a.submittedAt, timeZone) }));

/** What a dashboard track card shows: each quiz without the fields the card does not show (its props cross to the browser). */
export type TrackCard = Omit<TrackProgress, "quizzes"> & { quizzes: Pick<QuizProgress, "quizId" | "lesson" | "href" | "bestPercent" | "passed">[] };
export const trackCards = (tracks: TrackProgress[]): TrackCard[] =>
  tracks.map((t) => ({ ...t, quizzes: t.quizzes.map(({ quizId, lesson, href, bestPercent, passed }) => ({ quizId, lesson, href, bestPercent, passed })) }));
