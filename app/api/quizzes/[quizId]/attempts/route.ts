import { startAttempt } from "@/lib/api/contract/attempts";
import { getQuiz } from "@/lib/content/load";
import { startAttempt as start } from "@/lib/attempts/service";
import { AppError } from "@/lib/errors";
import { endpoint } from "@/lib/http/endpoint";

/** Starts an attempt (201), or returns the caller's open one for this quiz (200). */
export const POST = endpoint(startAttempt, async ({ user, params }) => {
  const quiz = getQuiz(params.quizId);
  if (!quiz) throw new AppError("not_found", "No such quiz.");
  const { attempt, created } = await start(user.id, quiz);
  return created ? { status: 201, body: { attempt } } : { status: 200, body: { attempt } };
});
