import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { checkSession, newSessionClaims, revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { oidcProvider, oidcUserId, OIDC_PROVIDER_ID, resolveOidcSignIn } from "./oidc";
import { authorizeCredentials } from "./sign-in-guard";
import { routes } from "@/lib/routes";

const oidc = oidcProvider();

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Secure, __Secure- prefixed cookies whenever the site is served over HTTPS.
  useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: routes.signIn() },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // Rate limits, the outage path and the password check: lib/auth/sign-in-guard.ts.
      authorize: (credentials) => authorizeCredentials(credentials),
    }),
    // Single sign-on for schools, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set (lib/auth/oidc.ts).
    ...(oidc ? [oidc] : []),
  ],
  callbacks: {
    // Single sign-on creates, finds or (after the password is proven) links the user: lib/auth/oidc.ts.
    async signIn({ account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      return resolveOidcSignIn(account.providerAccountId, profile);
    },
    // At sign-in the token gets the session's id and the user's session version (lib/auth/sessions.ts).
    async jwt({ token, user, account }) {
      if (!user) return token;
      // For single sign-on next-auth's `user.id` is the issuer's subject; ours was resolved in `signIn`.
      const userId = account?.provider === OIDC_PROVIDER_ID ? await oidcUserId(account.providerAccountId) : user.id;
      const claims = userId ? await newSessionClaims(userId) : null;
      if (!claims) throw new Error("the user disappeared while signing in");
      return { ...token, ...claims };
    },
    // Serves the browser's `useSession`: a revoked session reads as signed out. During a database
    // outage the header keeps showing the user; the pages and APIs answer "unavailable" themselves.
    async session({ session, token }) {
      let checked;
      try {
        checked = await checkSession(token);
      } catch (error) {
        log.warn({ err: error instanceof Error ? error.message : String(error) }, "session check failed");
        return session;
      }
      if (!checked) return { expires: session.expires };
      if (session.user) {
        session.user.id = checked.id;
        session.user.role = checked.role;
      }
      return session;
    },
  },
  events: {
    // Sign-out ends this session everywhere, not only in the browser that asked.
    async signOut({ token }) {
      await revokeSession(token);
    },
  },
};
