import { requireApiUser } from "@/lib/auth/session";
import { saveDraft } from "@/lib/attempts/service";
import { AttemptIdParam, parseParam, readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { rateLimit } from "@/lib/security/rate-limit";
import { Submission } from "@/lib/quiz/answers";

/** Autosave: replaces the open attempt's draft answers. */
export const PUT = route<{ attemptId: string }>(async (request, params) => {
  const user = await requireApiUser();
  await rateLimit("autosavePerUser", user.id);
  const attemptId = parseParam(AttemptIdParam, params.attemptId, "attempt");
  const submission = await readJson(request, Submission);
  return Response.json(await saveDraft(user.id, attemptId, submission));
});
