import "server-only";
import { db } from "@/lib/db/client";

export type PendingRegistrationInput = { email: string; tokenHash: string; passwordHash: string; name: string; expiresAt: Date };
export type RegisteredUser = { id: string; email: string; name: string };

/**
 * Stores (or replaces) the pending registration of an address that no user has, in one statement.
 * True when it was stored; false when a user already has the address. Both cases cost the same
 * single round trip, so the answer's timing does not tell them apart.
 */
export async function storePendingRegistrationIfFree(input: PendingRegistrationInput): Promise<boolean> {
  const rows = await db.$queryRaw<{ email: string }[]>`
    INSERT INTO "PendingRegistration" (email, "tokenHash", "passwordHash", name, "expiresAt")
    SELECT ${input.email}, ${input.tokenHash}, ${input.passwordHash}, ${input.name},
      -- The column holds UTC wall-clock time, as Prisma writes it, whatever the session's zone.
      ${input.expiresAt.toISOString()}::timestamptz AT TIME ZONE 'UTC'
    WHERE NOT EXISTS (SELECT 1 FROM "User" WHERE email = ${input.email})
    ON CONFLICT (email) DO UPDATE SET "tokenHash" = EXCLUDED."tokenHash", "passwordHash" = EXCLUDED."passwordHash",
      name = EXCLUDED.name, "expiresAt" = EXCLUDED."expiresAt", "createdAt" = CURRENT_TIMESTAMP
    RETURNING email`;
  return rows.length === 1;
}

/** Forgets registrations whose link has expired (run now and then, off the request path). */
export const purgeExpiredRegistrations = (now = new Date()) => db.pendingRegistration.deleteMany({ where: { expiresAt: { lt: now } } });

/** Forgets any pending registration of this address (its account is being deleted). */
export const deletePendingRegistration = (email: string) => db.pendingRegistration.deleteMany({ where: { email } });

/**
 * Redeems a pending registration in one transaction: the row is deleted (the delete is the claim,
 * so of concurrent callers only one gets it) and the user created from it. Null when the token is
 * unknown, used or expired, or when the address got an account meanwhile (single sign-on, say):
 * the token is spent either way and no user is touched.
 */
export async function redeemPendingRegistration(tokenHash: string, now = new Date()): Promise<RegisteredUser | null> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ email: string; passwordHash: string; name: string; expiresAt: Date }[]>`
      DELETE FROM "PendingRegistration" WHERE "tokenHash" = ${tokenHash}
      RETURNING email, "passwordHash", name, "expiresAt"`;
    if (!row || row.expiresAt <= now) return null;
    // ON CONFLICT DO NOTHING: a taken address creates nothing and the transaction still commits.
    // Never an admin, whatever the address (admins come from `npm run admin:grant`).
    const [user] = await tx.user.createManyAndReturn({
      data: [{ email: row.email, name: row.name, passwordHash: row.passwordHash, role: "USER" }],
      skipDuplicates: true,
      select: { id: true, email: true, name: true },
    });
    return user ?? null;
  });
}
