import { requireApiUser } from "@/lib/auth/session";
import { answerCard } from "@/lib/review/service";
import { parseParam, readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { AnswerRequest, CardIdParam } from "@/lib/review/api";
import { rateLimit } from "@/lib/security/rate-limit";

export const POST = route<{ cardId: string }>(async (request, params) => {
  const user = await requireApiUser();
  await rateLimit("reviewPerUser", user.id);
  const cardId = parseParam(CardIdParam, params.cardId, "card");
  const body = await readJson(request, AnswerRequest);
  return Response.json({ result: await answerCard(user.id, cardId, body) });
});
