import { getAttempt } from "@/lib/api/contract/attempts";
import { getAttempt as read } from "@/lib/attempts/service";
import { endpoint } from "@/lib/http/endpoint";

export const GET = endpoint(getAttempt, async ({ user, params }) => {
  const { attempt, result } = await read(user.id, params.attemptId);
  return { status: 200, body: { attempt: result ? { ...attempt, result } : attempt } };
});
