import "server-only";
import { db } from "@/lib/db/client";
import { dbFailureOf } from "@/lib/errors";

export const getOidcUserId = async (provider: string, providerAccountId: string): Promise<string | null> =>
  (await db.oidcAccount.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, select: { userId: true } }))?.userId ?? null;

/** A new learner who signs in only through single sign-on; null when the email was taken meanwhile. */
export async function createOidcUser(input: { email: string; name: string; provider: string; providerAccountId: string }): Promise<string | null> {
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, passwordHash: null, role: "USER", accounts: { create: { provider: input.provider, providerAccountId: input.providerAccountId } } },
      select: { id: true },
    });
    return user.id;
  } catch (error) {
    if (dbFailureOf(error) === "unique") return null;
    throw error;
  }
}

/** Links an identity to a user; linking the same identity again is a no-op. */
export async function linkOidcAccount(userId: string, provider: string, providerAccountId: string): Promise<boolean> {
  try {
    await db.oidcAccount.create({ data: { userId, provider, providerAccountId }, select: { id: true } });
    return true;
  } catch (error) {
    if (dbFailureOf(error) === "unique") return (await getOidcUserId(provider, providerAccountId)) === userId;
    throw error;
  }
}
