import { requireApiUser } from "@/lib/auth/session";
import { getLessonById } from "@/lib/content/load";
import { markLessonComplete, unmarkLessonComplete } from "@/lib/db/queries/progress";
import { AppError } from "@/lib/errors";
import { ContentIdParam, parseParam } from "@/lib/http/body";
import { route } from "@/lib/http/route";

type Params = { lessonId: string };

function lessonIdOf(params: Params): string {
  const lesson = getLessonById(parseParam(ContentIdParam, params.lessonId, "lesson"));
  if (!lesson) throw new AppError("not_found", "No such lesson.");
  return lesson.id;
}

/** Marks the lesson read (idempotent: the first date is kept). */
export const PUT = route<Params>(async (_request, params) => {
  const user = await requireApiUser();
  return Response.json(await markLessonComplete(user.id, lessonIdOf(params)));
});

/** Un-marks the lesson (idempotent). */
export const DELETE = route<Params>(async (_request, params) => {
  const user = await requireApiUser();
  return Response.json(await unmarkLessonComplete(user.id, lessonIdOf(params)));
});
