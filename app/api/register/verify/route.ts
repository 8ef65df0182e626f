import { verifyRegistration } from "@/lib/api/contract/public";
import { completeRegistration } from "@/lib/auth/registration";
import { endpoint } from "@/lib/http/endpoint";

/** `POST { token }` from the sign-up link: 201 `{ user }`; 400 for an unknown, used or expired link. */
export const POST = endpoint(verifyRegistration, async ({ body }) => ({ status: 201, body: { user: await completeRegistration(body.token) } }));
