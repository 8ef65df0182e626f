import "server-only";
import { db } from "@/lib/db/client";
import { AppError, dbFailureOf } from "@/lib/errors";
import type { AuthTokenKind } from "@/lib/generated/prisma/client";

export type AuthTokenRow = { tokenHash: string; kind: AuthTokenKind; userId: string; payload: string | null; expiresAt: Date };

/** Stores a token hash, replacing the user's earlier tokens of this kind (one live link at a time). */
export async function insertAuthToken(row: AuthTokenRow): Promise<void> {
  await db.$transaction([
    db.authToken.deleteMany({ where: { userId: row.userId, kind: row.kind } }),
    db.authToken.create({ data: row, select: { tokenHash: true } }),
  ]);
}

/** The token if it exists, is of this kind and has not expired; it stays in place. */
export async function findAuthToken(kind: AuthTokenKind, tokenHash: string): Promise<AuthTokenRow | null> {
  const row = await db.authToken.findUnique({ where: { tokenHash }, select: { tokenHash: true, kind: true, userId: true, payload: true, expiresAt: true } });
  return row && row.kind === kind && row.expiresAt > new Date() ? row : null;
}

/**
 * Deletes the token and returns it, when it was of this kind and still valid. Of concurrent callers
 * with the same token only one gets it: the delete is the claim.
 */
export async function takeAuthToken(kind: AuthTokenKind, tokenHash: string): Promise<AuthTokenRow | null> {
  const rows = await db.$queryRaw<AuthTokenRow[]>`
    DELETE FROM "AuthToken" WHERE "tokenHash" = ${tokenHash} AND kind = ${kind}::"AuthTokenKind"
    RETURNING "tokenHash", kind::text AS kind, "userId", payload, "expiresAt"`;
  const row = rows[0];
  return row && row.expiresAt > new Date() ? row : null;
}

export const deleteAuthTokens = (userId: string, kind: AuthTokenKind) => db.authToken.deleteMany({ where: { userId, kind } });

export const getUserByEmail = (email: string) =>
  db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });

export const getAccountUser = (userId: string) =>
  db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, timeZone: true, passwordHash: true, role: true, createdAt: true, accounts: { select: { provider: true, createdAt: true } } },
  });

/** Sets the name and/or time zone; returns both. */
export async function updateProfile(userId: string, data: { name?: string; timeZone?: string }) {
  return db.user.update({ where: { id: userId }, data, select: { name: true, timeZone: true } });
}

/** Moves the account to a new address; one already taken (meanwhile) is a 409. */
export async function updateEmail(userId: string, email: string): Promise<void> {
  try {
    await db.user.update({ where: { id: userId }, data: { email }, select: { id: true } });
  } catch (error) {
    if (dbFailureOf(error) === "unique")
      throw new AppError("conflict", "This address already belongs to another account.");
    throw error;
  }
}

/** Everything stored about the learner, for "Download my data". */
export const getExportData = (userId: string) =>
  db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      timeZone: true,
      createdAt: true,
      accounts: { select: { provider: true, providerAccountId: true, createdAt: true } },
      progress: { select: { lessonId: true, completedAt: true }, orderBy: { completedAt: "asc" } },
      attempts: {
        orderBy: { startedAt: "asc" },
        select: {
          id: true,
          quizId: true,
          startedAt: true,
          submittedAt: true,
          score: true,
          maxScore: true,
          percent: true,
          passed: true,
          draft: true,
          answers: { select: { questionId: true, answer: true, correct: true, points: true } },
        },
      },
      reviewCards: {
        orderBy: { createdAt: "asc" },
        select: {
          quizId: true,
          questionId: true,
          due: true,
          state: true,
          reps: true,
          lapses: true,
          lastReview: true,
          suspendedAt: true,
          logs: { orderBy: { reviewedAt: "asc" }, select: { kind: true, rating: true, correct: true, points: true, reviewedAt: true, dueAfter: true } },
        },
      },
    },
  });

/**
 * Deletes the user and everything that belongs to them, in one transaction: the rows that
 * reference the user go first (explicitly, so a missing cascade cannot leave one behind), then the user.
 * A sign-up for their address still waiting for its link (started before the account existed) goes too.
 */
export async function deleteUserAndData(user: { id: string; email: string }): Promise<void> {
  const userId = user.id;
  await db.$transaction([
    db.pendingRegistration.deleteMany({ where: { email: user.email } }),
    db.reviewLog.deleteMany({ where: { userId } }),
    db.reviewCard.deleteMany({ where: { userId } }),
    db.attemptAnswer.deleteMany({ where: { attempt: { userId } } }),
    db.quizAttempt.deleteMany({ where: { userId } }),
    db.lessonProgress.deleteMany({ where: { userId } }),
    db.oidcAccount.deleteMany({ where: { userId } }),
    db.authToken.deleteMany({ where: { userId } }),
    db.user.delete({ where: { id: userId }, select: { id: true } }),
  ]);
}
