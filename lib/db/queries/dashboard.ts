import "server-only";
import { getCatalog } from "@/lib/content/load";
import { buildDashboard, type Dashboard } from "@/lib/progress/stats";
import { getProgressRecords } from "./progress";
import { getUserTimeZone } from "./users";

/**
 * The dashboard's data for one user: what `/dashboard` renders and `GET /api/me/progress` returns.
 * Days are counted in `timeZone` when given (already validated), else in the zone stored on the user, else UTC.
 */
export async function getDashboard(userId: string, options: { timeZone?: string; now?: Date } = {}): Promise<Dashboard> {
  const timeZone = options.timeZone ?? (await getUserTimeZone(userId)) ?? "UTC";
  const catalog = getCatalog();
  const quizIds = catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz.id));
  const records = await getProgressRecords(userId, { timeZone, quizIds });
  return buildDashboard(catalog.tracks, records, { concepts: catalog.concepts, now: options.now ?? new Date() });
}
