import { completeLesson, uncompleteLesson } from "@/lib/api/contract/progress";
import { getLessonById } from "@/lib/content/load";
import { markLessonComplete, unmarkLessonComplete } from "@/lib/db/queries/progress";
import { AppError } from "@/lib/errors";
import { endpoint } from "@/lib/http/endpoint";

function lessonIdOf(id: string): string {
  const lesson = getLessonById(id);
  if (!lesson) throw new AppError("not_found", "No such lesson.");
  return lesson.id;
}

/** Marks the lesson read (idempotent: the first date is kept). */
export const PUT = endpoint(completeLesson, async ({ user, params }) => ({ status: 200, body: await markLessonComplete(user.id, lessonIdOf(params.lessonId)) }));

/** Un-marks the lesson (idempotent). */
export const DELETE = endpoint(uncompleteLesson, async ({ user, params }) => ({ status: 200, body: await unmarkLessonComplete(user.id, lessonIdOf(params.lessonId)) }));
