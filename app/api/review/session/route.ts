import { startReviewSession } from "@/lib/api/contract/review";
import { startSession } from "@/lib/review/service";
import { endpoint } from "@/lib/http/endpoint";

export const POST = endpoint(startReviewSession, async ({ user, body }) => ({ status: 200, body: await startSession(user.id, body) }));
