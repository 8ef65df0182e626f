import { answerReviewCard } from "@/lib/api/contract/review";
import { answerCard } from "@/lib/review/service";
import { endpoint } from "@/lib/http/endpoint";

export const POST = endpoint(answerReviewCard, async ({ user, params, body }) => ({ status: 200, body: { result: await answerCard(user.id, params.cardId, body) } }));
