import { requireApiUser } from "@/lib/auth/session";
import { submitAttempt } from "@/lib/attempts/service";
import { AttemptIdParam, parseParam, readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { rateLimit } from "@/lib/security/rate-limit";
import { Submission } from "@/lib/quiz/answers";

export const POST = route<{ attemptId: string }>(async (request, params) => {
  const user = await requireApiUser();
  await rateLimit("attemptSubmitPerUser", user.id);
  const attemptId = parseParam(AttemptIdParam, params.attemptId, "attempt");
  const submission = await readJson(request, Submission);
  const result = await submitAttempt(user.id, attemptId, submission);
  return Response.json({ result });
});
