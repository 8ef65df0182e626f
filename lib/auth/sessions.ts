import "server-only";
import { randomUUID } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { bumpSessionVersion, getSessionState, getSessionVersion, insertRevokedSession, updatePasswordHash } from "@/lib/db/queries/sessions";

/** A session lasts at most this long from sign-in, however often its cookie is refreshed. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** How long one instance trusts a check: revocation reaches other instances within this time. */
export const SESSION_CHECK_CACHE_MS = 5_000;
/** Users remembered at most (a few sessions each). */
const CACHE_LIMIT = 10_000;

export type SessionClaims = { id: string; sid: string; sv: number; authTime: number };
export type CheckedSession = { id: string; role: "USER" | "ADMIN" };

/**
 * The claims a new session carries: a stable session id (`sid`; next-auth gives each re-encoded
 * cookie a fresh `jti`, so that cannot name a session), the user's session version and the
 * sign-in time. Null when the user does not exist.
 */
export async function newSessionClaims(userId: string): Promise<SessionClaims | null> {
  const sv = await getSessionVersion(userId);
  return sv === null ? null : { id: userId, sid: randomUUID(), sv, authTime: Math.floor(Date.now() / 1000) };
}

const claimsOf = (token: JWT | null | undefined): SessionClaims | null =>
  token && typeof token.id === "string" && typeof token.sid === "string" && typeof token.sv === "number" && typeof token.authTime === "number"
    ? { id: token.id, sid: token.sid, sv: token.sv, authTime: token.authTime }
    : null;

const expiryOf = (claims: SessionClaims) => new Date((claims.authTime + SESSION_MAX_AGE_SECONDS) * 1000);

// userId -> sid -> the answer and when it was read. Small and short-lived: it saves the lookup on
// bursts of requests from one session (a page and its API calls), not across minutes. Kept on
// globalThis because Next bundles the proxy and the routes separately: a sign-out handled by a
// route must also clear what the proxy remembers.
type Cache = Map<string, Map<string, { at: number; state: Awaited<ReturnType<typeof getSessionState>> }>>;
const shared = globalThis as typeof globalThis & { [key: symbol]: Cache | undefined };
const CACHE_KEY = Symbol.for("framewise.sessionChecks");
const cache: Cache = (shared[CACHE_KEY] ??= new Map());

async function stateOf(claims: SessionClaims) {
  const now = Date.now();
  const hit = cache.get(claims.id)?.get(claims.sid);
  if (hit && now - hit.at < SESSION_CHECK_CACHE_MS) return hit.state;
  const state = await getSessionState(claims.id, claims.sid);
  if (cache.size >= CACHE_LIMIT) cache.clear(); // bounded memory; a miss costs one lookup
  let sessions = cache.get(claims.id);
  if (!sessions) cache.set(claims.id, (sessions = new Map()));
  sessions.set(claims.sid, { at: now, state });
  return state;
}

/**
 * Whether a decoded session token still stands: the user exists, the session was not signed out,
 * its version is current and it is younger than the maximum age. Database errors propagate (an
 * outage is a 503, not a sign-out).
 */
export async function checkSession(token: JWT | null | undefined): Promise<CheckedSession | null> {
  const claims = claimsOf(token);
  if (!claims || expiryOf(claims).getTime() <= Date.now()) return null;
  const state = await stateOf(claims);
  if (!state || state.revoked || state.sessionVersion !== claims.sv) return null;
  return { id: claims.id, role: state.role };
}

/** Signs out one session (the one this token belongs to), on every instance. */
export async function revokeSession(token: JWT | null | undefined): Promise<void> {
  const claims = claimsOf(token);
  if (!claims) return;
  await insertRevokedSession(claims.sid, expiryOf(claims));
  cache.get(claims.id)?.delete(claims.sid);
}

/** Signs out every session of this user ("sign out everywhere"). */
export async function revokeAllSessions(userId: string): Promise<void> {
  await bumpSessionVersion(userId);
  cache.delete(userId);
}

/** Stores a new password hash and ends every session signed in with the old password. */
export async function changePasswordHash(userId: string, passwordHash: string): Promise<void> {
  await updatePasswordHash(userId, passwordHash);
  cache.delete(userId);
}
