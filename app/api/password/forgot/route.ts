import { after } from "next/server";
import { forgotPassword } from "@/lib/api/contract/public";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { endpoint } from "@/lib/http/endpoint";
import { log } from "@/lib/log";
import { rateLimit } from "@/lib/security/rate-limit";

/**
 * `POST { email }`: 202 whether or not the address has an account. The lookup and the mail run
 * after the response, so neither the answer nor its timing says which.
 */
export const POST = endpoint(forgotPassword, async ({ body: { email } }) => {
  // The wrapper counted the address; the email has its own limit, once it is known.
  await rateLimit("passwordForgotPerEmail", email);
  after(() => requestPasswordReset(email).catch((error: unknown) => log.error({ err: error }, "password reset mail failed")));
  return { status: 202, body: { message: "If an account uses this address, a link to reset its password is on its way." } };
});
