import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { getUserByEmail, insertAuthToken, takeAuthToken } from "@/lib/db/queries/accounts";
import { createOidcUser, getOidcUserId, linkOidcAccount } from "@/lib/db/queries/oidc";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { defaultName, Email } from "./credentials";
import { hashToken, newToken } from "./tokens";
import { routes } from "@/lib/routes";

export const OIDC_PROVIDER_ID = "oidc";
export const LINK_MINUTES = 15;

const Claims = z.object({
  sub: z.string().min(1).max(255),
  email: z.string().optional(),
  // Some issuers send the boolean as a string.
  email_verified: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
  name: z.string().max(200).optional(),
  preferred_username: z.string().max(200).optional(),
});
type Claims = z.infer<typeof Claims>;

export const oidcEnabled = () => Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);

/** next-auth's generic OpenID Connect provider, from OIDC_ISSUER/OIDC_CLIENT_ID/OIDC_CLIENT_SECRET; PKCE and state checked. */
export function oidcProvider(): OAuthConfig<Claims> | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  const issuer = env.OIDC_ISSUER.replace(/\/$/, "");
  return {
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    issuer,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (claims) => ({ id: claims.sub, email: claims.email ?? null, name: claims.name ?? claims.preferred_username ?? null }),
  };
}

/**
 * next-auth's `signIn` callback for the OIDC provider: true to sign in, or where to send the browser.
 * A known identity signs in; a verified email nobody uses creates the user; a verified email that
 * belongs to a password account is linked only after its password is proven (a link token that
 * /settings/link-account redeems for the signed-in owner). An unverified email is refused.
 */
export async function resolveOidcSignIn(providerAccountId: string, rawClaims: unknown): Promise<true | string> {
  const claims = Claims.safeParse(rawClaims);
  if (!claims.success || claims.data.sub !== providerAccountId) return routes.signInError("OidcProfile");
  if (await getOidcUserId(OIDC_PROVIDER_ID, providerAccountId)) return true;
  const email = Email.safeParse(claims.data.email ?? "");
  if (!email.success || claims.data.email_verified !== true) return routes.signInError("OidcUnverifiedEmail");

  const name = (claims.data.name ?? "").trim().slice(0, 80) || defaultName(email.data);
  if (await createOidcUser({ email: email.data, name, provider: OIDC_PROVIDER_ID, providerAccountId })) return true;

  const existing = await getUserByEmail(email.data);
  if (!existing) return routes.signInError("OidcProfile");
  const token = newToken();
  await insertAuthToken({ tokenHash: hashToken(token), kind: "OIDC_LINK", userId: existing.id, payload: providerAccountId, expiresAt: new Date(Date.now() + LINK_MINUTES * 60_000) });
  log.info({ userId: existing.id }, "single sign-on matched a password account: waiting for the password");
  return routes.linkAccount(token);
}

/** The user id a completed OIDC sign-in stands for (the identity was resolved in `signIn`). */
export const oidcUserId = (providerAccountId: string) => getOidcUserId(OIDC_PROVIDER_ID, providerAccountId);

/** Links the pending identity to the signed-in user, who proved the password by signing in with it. */
export async function redeemOidcLink(userId: string, token: string): Promise<void> {
  const row = await takeAuthToken("OIDC_LINK", hashToken(token));
  if (!row?.payload || row.userId !== userId || !(await linkOidcAccount(userId, OIDC_PROVIDER_ID, row.payload)))
    throw new AppError("validation", "This link request is not valid or has expired. Sign in with your school account again.", [{ path: "token", message: "Not valid or expired." }]);
}
