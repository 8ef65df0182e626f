import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id: string; role: "USER" | "ADMIN" };
  }
}

declare module "next-auth/jwt" {
  /** Set at sign-in by lib/auth/options.ts; checked on every request by lib/auth/sessions.ts. */
  interface JWT {
    id?: string;
    /** Stable session id (next-auth's own `jti` changes whenever the cookie is refreshed). */
    sid?: string;
    /** The user's session version at sign-in. */
    sv?: number;
    /** Sign-in time, seconds since the epoch. */
    authTime?: number;
  }
}
