import { z } from "zod";
import { completeRegistration } from "@/lib/auth/registration";
import { TokenString } from "@/lib/auth/tokens";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { clientIp, rateLimit } from "@/lib/security/rate-limit";

const Verify = z.strictObject({ token: TokenString });

/** `POST { token }` from the sign-up link: 201 `{ user }`; 400 for an unknown, used or expired link. */
export const POST = route(async (request) => {
  await rateLimit("registerVerifyPerIp", clientIp(request));
  const { token } = await readJson(request, Verify, 1024);
  return Response.json({ user: await completeRegistration(token) }, { status: 201 });
});
