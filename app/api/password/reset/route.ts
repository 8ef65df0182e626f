import { resetPassword } from "@/lib/api/contract/public";
import { resetPassword as reset } from "@/lib/auth/password-reset";
import { endpoint } from "@/lib/http/endpoint";

/** `POST { token, password }`: a new password under the policy; the token dies and every session ends. */
export const POST = endpoint(resetPassword, async ({ body }) => {
  await reset(body.token, body.password);
  return { status: 200, body: { reset: true } };
});
