import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getUserForSignIn } from "@/lib/db/queries/users";
import { env } from "@/lib/env";
import { SignIn } from "./credentials";
import { burnVerifyTime, verifyPassword } from "./password";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
    jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = (user as { role?: "USER" | "ADMIN" }).role ?? "USER";
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.id as string;
        session.user.role = (token.role as "USER" | "ADMIN") ?? "USER";
      }
      return session;
    },
  },
};
