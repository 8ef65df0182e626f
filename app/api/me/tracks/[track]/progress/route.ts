import { getTrackProgress } from "@/lib/api/contract/progress";
import { getTrack } from "@/lib/content/load";
import { getTrackRecords } from "@/lib/db/queries/progress";
import { AppError } from "@/lib/errors";
import { endpoint } from "@/lib/http/endpoint";
import { buildTrackProgress } from "@/lib/progress/stats";

/** The caller's progress in one track, lesson by lesson. */
export const GET = endpoint(getTrackProgress, async ({ user, params }) => {
  const track = getTrack(params.track);
  if (!track) throw new AppError("not_found", "No such track.");
  const ids = { lessonIds: track.lessons.map((l) => l.id), quizIds: track.lessons.map((l) => l.quiz.id) };
  return { status: 200, body: buildTrackProgress(track, await getTrackRecords(user.id, ids)) };
});
