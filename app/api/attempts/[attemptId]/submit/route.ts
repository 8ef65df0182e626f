import { submitAttempt } from "@/lib/api/contract/attempts";
import { submitAttempt as submit } from "@/lib/attempts/service";
import { endpoint } from "@/lib/http/endpoint";

export const POST = endpoint(submitAttempt, async ({ user, params, body }) => ({ status: 200, body: { result: await submit(user.id, params.attemptId, body) } }));
