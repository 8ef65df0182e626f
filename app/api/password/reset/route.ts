import { z } from "zod";
import { Password } from "@/lib/auth/credentials";
import { resetPassword } from "@/lib/auth/password-reset";
import { TokenString } from "@/lib/auth/tokens";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { clientIp, rateLimit } from "@/lib/security/rate-limit";

const Reset = z.strictObject({ token: TokenString, password: Password });

/** `POST { token, password }`: a new password under the policy; the token dies and every session ends. */
export const POST = route(async (request) => {
  await rateLimit("passwordResetPerIp", clientIp(request));
  const { token, password } = await readJson(request, Reset, 2048);
  await resetPassword(token, password);
  return Response.json({ reset: true });
});
