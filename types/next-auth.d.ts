import type { DefaultSession } from "next-auth";
import type { CheckedSession, SessionClaims } from "@/lib/auth/sessions";

declare module "next-auth" {
  /** What `useSession` sees (lib/auth/options.ts's `session` callback): id and role as checked on this request. */
  interface Session {
    user?: DefaultSession["user"] & CheckedSession;
  }
}

declare module "next-auth/jwt" {
  /**
   * The session cookie's claims: `id`, `sid` (a stable session id; next-auth's own `jti` changes
   * whenever the cookie is refreshed), `sv` (the user's session version at sign-in) and `authTime`
   * (sign-in, seconds since the epoch). Set at sign-in by lib/auth/options.ts and checked on every
   * request by lib/auth/sessions.ts. Optional because a cookie from before a claim existed lacks
   * it (the check then refuses the session). The role is deliberately not a claim: it is read
   * fresh on each check, so a demotion takes effect at once.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmentation has to be an interface; the claims type is the one home
  interface JWT extends Partial<SessionClaims> {}
}
