import "server-only";
import { db } from "@/lib/db/client";
import { queryRows, sql } from "@/lib/db/sql";

export type SessionState = { sessionVersion: number; role: "USER" | "ADMIN"; revoked: boolean };

/**
 * What a session check needs, in one statement of two primary-key lookups: the user's current
 * session version and role (none when the user is gone), and whether this session was signed out.
 */
export async function getSessionState(userId: string, sid: string): Promise<SessionState | null> {
  // Every signed-in request may run this: sent straight to the pool (see lib/db/sql.ts).
  const rows = await queryRows<SessionState>(sql`
    SELECT u."sessionVersion", u.role::text AS role, EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.sid = ${sid}) AS revoked
    FROM "User" u WHERE u.id = ${userId}`, { prepare: true });
  return rows[0] ?? null;
}

export const getSessionVersion = async (userId: string): Promise<number | null> =>
  (await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } }))?.sessionVersion ?? null;

/** Records a signed-out session until `expiresAt`, and drops records that have expired. */
export async function insertRevokedSession(sid: string, expiresAt: Date): Promise<void> {
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.revokedSession.upsert({ where: { sid }, create: { sid, expiresAt }, update: {} }),
  ]);
}

/** Bumps the user's session version, so every session signed in before now is refused. */
export async function bumpSessionVersion(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}

/** Sets a new password hash and, in the same statement, ends every existing session. */
export async function updatePasswordHash(userId: string, passwordHash: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true } });
}
