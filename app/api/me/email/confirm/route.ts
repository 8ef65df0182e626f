import { confirmEmailChange } from "@/lib/api/contract/me";
import { confirmEmailChange as confirm } from "@/lib/auth/email-change";
import { endpoint } from "@/lib/http/endpoint";

/** `POST { token }` from the link mailed to the new address: the account moves to it. */
export const POST = endpoint(confirmEmailChange, async ({ body }) => ({ status: 200, body: { email: await confirm(body.token) } }));
