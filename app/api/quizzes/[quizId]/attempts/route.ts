import { requireApiUser } from "@/lib/auth/session";
import { getQuiz } from "@/lib/content/load";
import { startAttempt } from "@/lib/attempts/service";
import { AppError } from "@/lib/errors";
import { ContentIdParam, parseParam } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { rateLimit } from "@/lib/security/rate-limit";

/** Starts an attempt (201), or returns the caller's open one for this quiz (200). */
export const POST = route<{ quizId: string }>(async (_request, params) => {
  const user = await requireApiUser();
  await rateLimit("attemptStartPerUser", user.id);
  const quiz = getQuiz(parseParam(ContentIdParam, params.quizId, "quiz"));
  if (!quiz) throw new AppError("not_found", "No such quiz.");
  const { attempt, created } = await startAttempt(user.id, quiz);
  return Response.json({ attempt }, { status: created ? 201 : 200 });
});
