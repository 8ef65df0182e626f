import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT } from "next-auth/jwt";
import { env } from "@/lib/env";

type Cookie = { name: string; value: string };

/** next-auth's session cookie name: `__Secure-` prefixed when the site is served over HTTPS. */
export const cookieName = () => `${env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;

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
  const now = Date.now();
  const hit = decoded.get(token);
  if (hit && now < hit.until) return hit.jwt;
  let jwt: JWT | null;
  try {
    // As next-auth's own decode does: the payload is the JWT it encoded; checkSession checks the claims it relies on.
    jwt = (await jwtDecrypt(token, encryptionKey(env.NEXTAUTH_SECRET), { clockTolerance: 15 })).payload as JWT;
  } catch {
    return null;
  }
  if (jwt) {
    if (decoded.size >= DECODED_LIMIT) decoded.clear(); // bounded memory; a miss costs one decode
    const expires = typeof jwt.exp === "number" ? jwt.exp * 1000 : now;
    decoded.set(token, { jwt, until: Math.min(now + DECODE_CACHE_MS, expires) });
  }
  return jwt;
}

// Decoding derives a key (HKDF) and decrypts the JWE on every call. The same cookie string always
// decodes to the same claims, so each process keeps recent ones for a few seconds (never past the
// token's expiry): a page and its API calls, or a burst of autosaves, decode once. Whether the
// session still stands is checkSession's business, not this cache's.
const DECODE_CACHE_MS = 5_000;
const DECODED_LIMIT = 10_000;
const decoded = new Map<string, { jwt: JWT; until: number }>();

// next-auth's own `decode` derives the JWE key from the secret (HKDF on the thread pool) on every
// call: ~50 µs of CPU against ~7 µs for the decryption itself. The key depends on the secret only,
// so it is derived once, exactly as next-auth derives it (`getDerivedEncryptionKey` with no salt):
// tests/unit/auth/session-cookie.test.ts decodes next-auth's own cookies with it.
let derived: { secret: string; key: Uint8Array } | undefined;
function encryptionKey(secret: string): Uint8Array {
  if (derived?.secret !== secret) derived = { secret, key: new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32)) };
  return derived.key;
}
