import { z } from "zod";
import { redeemOidcLink } from "@/lib/auth/oidc";
import { requireApiUser } from "@/lib/auth/session";
import { TokenString } from "@/lib/auth/tokens";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";

const Link = z.strictObject({ token: TokenString });

/** `POST { token }`: links the school sign-in that matched this account, now that its password was used. */
export const POST = route(async (request) => {
  const user = await requireApiUser();
  const { token } = await readJson(request, Link, 1024);
  await redeemOidcLink(user.id, token);
  return Response.json({ linked: true });
});
