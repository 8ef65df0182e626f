import "server-only";
import { compareQuizzesOf } from "@/lib/content/compare";
import { getCatalog, listQuizIds } from "@/lib/content/load";
import type { Catalog } from "@/lib/content/catalog";
import { buildDashboard, type Dashboard, type ProgressRecords } from "@/lib/progress/stats";
import { getProgressRecords, inZoneOrUtc, recordsOf } from "./progress";
import { getDashboardRow } from "./progress-sql";
import { reviewOverviewOf, type ReviewOverview } from "./review";

// One array per catalog: its array literal is spelled once (textArray in lib/db/sql.ts).
const quizIdsOf = new WeakMap<Catalog, readonly string[]>();
export function quizIds(catalog: Catalog): readonly string[] {
  let ids = quizIdsOf.get(catalog);
  if (!ids) quizIdsOf.set(catalog, (ids = listQuizIds()));
  return ids;
}

const dashboardOf = (catalog: Catalog, records: ProgressRecords, now: Date): Dashboard =>
  buildDashboard(catalog.tracks, records, { concepts: catalog.concepts, now, compareQuizzes: compareQuizzesOf(catalog.compare) });

/**
 * The dashboard's data for one user: what `GET /api/me/progress` returns (and `/dashboard` shows).
 * One SQL statement. Days are counted in `timeZone` when given (already validated), else in the
 * zone stored on the user, else in UTC.
 */
export async function getDashboard(userId: string, options: { timeZone?: string; now?: Date } = {}): Promise<Dashboard> {
  const catalog = getCatalog();
  const records = await getProgressRecords(userId, { timeZone: options.timeZone, quizIds: quizIds(catalog) });
  return dashboardOf(catalog, records, options.now ?? new Date());
}

/**
 * What the `/dashboard` page shows: the dashboard's data and the review queue, read in one
 * statement (one round trip) in the user's stored zone (else UTC).
 */
export async function getDashboardPage(userId: string, options: { now?: Date } = {}): Promise<{ dashboard: Dashboard; review: ReviewOverview }> {
  const catalog = getCatalog();
  const at = options.now ?? new Date();
  const { today, due, forecast, next, ...progress } = await inZoneOrUtc(null, (zone) => getDashboardRow(userId, quizIds(catalog), zone, at));
  return { dashboard: dashboardOf(catalog, recordsOf(progress), at), review: reviewOverviewOf({ timeZone: progress.timeZone, today, due, forecast, next }, at) };
}
