// Session cookies minted the way next-auth does after a credentials sign-in, so the benchmark never
// goes through the (rate-limited) sign-in endpoint.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { BenchUser } from "./database.ts";

/** Cookie name over plain http (next-auth adds `__Secure-` only for https URLs). */
export const SESSION_COOKIE = "next-auth.session-token";

export async function sessionCookie(user: BenchUser, secret: string): Promise<string> {
  // The claims lib/auth/sessions.ts checks: a session id, the user's session version, the sign-in time.
  const token = { sub: user.id, id: user.id, email: user.email, name: user.name, sid: randomUUID(), sv: 0, authTime: Math.floor(Date.now() / 1000) };
  return `${SESSION_COOKIE}=${await encode({ token, secret })}`;
}

export async function sessionCookies(users: BenchUser[], secret: string): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  for (const user of users) cookies.set(user.id, await sessionCookie(user, secret));
  return cookies;
}
