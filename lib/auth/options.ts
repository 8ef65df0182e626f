import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { checkSession, newSessionClaims, revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { authorizeCredentials } from "./sign-in-guard";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Secure, __Secure- prefixed cookies whenever the site is served over HTTPS.
  useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // Rate limits, the outage path and the password check: lib/auth/sign-in-guard.ts.
      authorize: (credentials) => authorizeCredentials(credentials),
    }),
  ],
  callbacks: {
    // At sign-in the token gets the session's id and the user's session version (lib/auth/sessions.ts).
    async jwt({ token, user }) {
      if (!user) return token;
      const claims = await newSessionClaims(user.id);
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
