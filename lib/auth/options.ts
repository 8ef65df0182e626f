import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getUserForSignIn } from "@/lib/db/queries/users";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { SignIn } from "./credentials";
import { burnVerifyTime, verifyPassword } from "./password";
import { checkSession, newSessionClaims, revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

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
      async authorize(credentials) {
        const input = SignIn.safeParse(credentials);
        if (!input.success) return null;
        const user = await getUserForSignIn(input.data.email);
        if (!user) {
          await burnVerifyTime(input.data.password);
          return null;
        }
        if (!(await verifyPassword(user.passwordHash, input.data.password))) return null;
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
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
