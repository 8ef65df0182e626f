import { z } from "zod";
import { confirmEmailChange } from "@/lib/auth/email-change";
import { TokenString } from "@/lib/auth/tokens";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { clientIp, rateLimit } from "@/lib/security/rate-limit";

const Confirm = z.strictObject({ token: TokenString });

/** `POST { token }` from the link mailed to the new address: the account moves to it. */
export const POST = route(async (request) => {
  await rateLimit("passwordResetPerIp", clientIp(request));
  const { token } = await readJson(request, Confirm, 1024);
  return Response.json({ email: await confirmEmailChange(token) });
});
