import { requireApiUser } from "@/lib/auth/session";
import { startSession } from "@/lib/review/service";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { SessionRequest } from "@/lib/review/api";
import { rateLimit } from "@/lib/security/rate-limit";

export const POST = route(async (request) => {
  const user = await requireApiUser();
  await rateLimit("reviewPerUser", user.id);
  const body = await readJson(request, SessionRequest);
  return Response.json(await startSession(user.id, body));
});
