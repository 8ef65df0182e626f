import { linkOidc } from "@/lib/api/contract/me";
import { redeemOidcLink } from "@/lib/auth/oidc";
import { endpoint } from "@/lib/http/endpoint";

/** `POST { token }`: links the school sign-in that matched this account, now that its password was used. */
export const POST = endpoint(linkOidc, async ({ user, body }) => {
  await redeemOidcLink(user.id, body.token);
  return { status: 200, body: { linked: true } };
});
