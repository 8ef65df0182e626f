import { requireApiUser } from "@/lib/auth/session";
import { getAttempt } from "@/lib/attempts/service";
import { AttemptIdParam, parseParam } from "@/lib/http/body";
import { route } from "@/lib/http/route";

export const GET = route<{ attemptId: string }>(async (_request, params) => {
  const user = await requireApiUser();
  const { attempt, result } = await getAttempt(user.id, parseParam(AttemptIdParam, params.attemptId, "attempt"));
  return Response.json({ attempt: result ? { ...attempt, result } : attempt });
});
