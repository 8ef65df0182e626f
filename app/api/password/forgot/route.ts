import { after } from "next/server";
import { z } from "zod";
import { Email } from "@/lib/auth/credentials";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { log } from "@/lib/log";
import { clientIp, rateLimit } from "@/lib/security/rate-limit";

const Forgot = z.strictObject({ email: Email });

/**
 * `POST { email }`: 202 whether or not the address has an account. The lookup and the mail run
 * after the response, so neither the answer nor its timing says which.
 */
export const POST = route(async (request) => {
  await rateLimit("passwordForgotPerIp", clientIp(request));
  const { email } = await readJson(request, Forgot, 1024);
  await rateLimit("passwordForgotPerEmail", email);
  after(() => requestPasswordReset(email).catch((error: unknown) => log.error({ err: error }, "password reset mail failed")));
  return Response.json({ message: "If an account uses this address, a link to reset its password is on its way." }, { status: 202 });
});
