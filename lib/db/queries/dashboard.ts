import "server-only";
import { compareQuizzesOf } from "@/lib/content/compare";
import { getCatalog, listQuizIds } from "@/lib/content/load";
import { buildDashboard, type Dashboard } from "@/lib/progress/stats";
import { getProgressRecords } from "./progress";

/**
 * The dashboard's data for one user: what `/dashboard` renders and `GET /api/me/progress` returns.
 * One SQL statement. Days are counted in `timeZone` when given (already validated), else in the
 * zone stored on the user, else in UTC.
 */
export async function getDashboard(userId: string, options: { timeZone?: string; now?: Date } = {}): Promise<Dashboard> {
  const catalog = getCatalog();
  const records = await getProgressRecords(userId, { timeZone: options.timeZone, quizIds: listQuizIds() });
  return buildDashboard(catalog.tracks, records, { concepts: catalog.concepts, now: options.now ?? new Date(), compareQuizzes: compareQuizzesOf(catalog.compare) });
}
