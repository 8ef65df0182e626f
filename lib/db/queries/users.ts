import "server-only";
import { db } from "@/lib/db/client";
import { AppError, dbFailureOf } from "@/lib/errors";

export type PublicUser = { id: string; email: string; name: string };

/**
 * Creates a learner; an email already taken is a 409. Never an admin, whatever the email: whoever
 * registers a listed address first would otherwise own it (admins come from `npm run admin:grant`).
 */
export async function createUser(input: { email: string; name: string; passwordHash: string }): Promise<PublicUser> {
  try {
    return await db.user.create({ data: { ...input, role: "USER" }, select: { id: true, email: true, name: true } });
  } catch (error) {
    if (dbFailureOf(error) === "unique")
      throw new AppError("conflict", "An account with this email already exists.");
    throw error;
  }
}

export const getUserForSignIn = (email: string) =>
  db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, passwordHash: true } });

/** Stores the learner's IANA time zone (validated by the caller); a missing user is a 404. */
export async function setUserTimeZone(userId: string, timeZone: string): Promise<{ timeZone: string }> {
  const user = await db.user.update({ where: { id: userId }, data: { timeZone }, select: { timeZone: true } });
  return { timeZone: user.timeZone ?? timeZone };
}
