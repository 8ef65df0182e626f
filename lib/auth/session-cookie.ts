import "server-only";
import { decode, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";

type Cookie = { name: string; value: string };

/** next-auth's session cookie name: `__Secure-` prefixed when the site is served over HTTPS. */
const cookieName = () => `${env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;

/**
 * Decodes the session cookie (next-auth splits a large one into `.0`, `.1`, … chunks); null when
 * it is missing, forged or expired. Decoding only: `checkSession` decides whether it still stands.
 */
export async function decodeSessionCookie(cookies: Cookie[]): Promise<JWT | null> {
  const name = cookieName();
  const whole = cookies.find((c) => c.name === name)?.value;
  const chunks = cookies
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  const token = whole ?? (chunks.length ? chunks.map((c) => c.value).join("") : undefined);
  if (!token || !env.NEXTAUTH_SECRET) return null;
  try {
    return await decode({ token, secret: env.NEXTAUTH_SECRET });
  } catch {
    return null;
  }
}
