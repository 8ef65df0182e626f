import { requireApiUser } from "@/lib/auth/session";
import { getTrack } from "@/lib/content/load";
import { getTrackRecords } from "@/lib/db/queries/progress";
import { AppError } from "@/lib/errors";
import { parseParam, SlugParam } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { buildTrackProgress } from "@/lib/progress/stats";

/** The caller's progress in one track, lesson by lesson. */
export const GET = route<{ track: string }>(async (_request, params) => {
  const user = await requireApiUser();
  const track = getTrack(parseParam(SlugParam, params.track, "track"));
  if (!track) throw new AppError("not_found", "No such track.");
  const ids = { lessonIds: track.lessons.map((l) => l.id), quizIds: track.lessons.map((l) => l.quiz.id) };
  return Response.json(buildTrackProgress(track, await getTrackRecords(user.id, ids)));
});
