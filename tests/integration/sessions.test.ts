import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { changePasswordHash, checkSession, newSessionClaims, revokeAllSessions, revokeSession, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/queries/users";

const newUser = () => createUser({ email: `${randomUUID()}@example.test`, name: "T", passwordHash: "old-hash" });
const signIn = async (userId: string) => (await newSessionClaims(userId))!;

describe("session checks against a real PostgreSQL", () => {
  test("a fresh session stands, with the user's current role", async () => {
    const user = await newUser();
    expect(await checkSession(await signIn(user.id))).toEqual({ id: user.id, role: "USER" });
  });

  test("signing out revokes that session only, and keeps the record until it could have expired", async () => {
    const user = await newUser();
    const [one, two] = [await signIn(user.id), await signIn(user.id)];
    await revokeSession(one);
    expect(await checkSession(one)).toBeNull();
    expect(await checkSession(two)).not.toBeNull();
    const row = await db.revokedSession.findUniqueOrThrow({ where: { sid: one.sid } });
    expect(row.expiresAt.getTime()).toBe((one.authTime + SESSION_MAX_AGE_SECONDS) * 1000);
  });

  test("sign out everywhere and a password change end every session; a new sign-in works", async () => {
    const user = await newUser();
    const before = await signIn(user.id);
    await revokeAllSessions(user.id);
    expect(await checkSession(before)).toBeNull();
    const after = await signIn(user.id);
    expect(await checkSession(after)).not.toBeNull();
    await changePasswordHash(user.id, "new-hash");
    expect(await checkSession(after)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe("new-hash");
    expect(await checkSession(await signIn(user.id))).not.toBeNull();
  });

  test("a deleted user's session, a token without session claims and one past the maximum age are refused", async () => {
    const user = await newUser();
    const claims = await signIn(user.id);
    await db.user.delete({ where: { id: user.id } });
    expect(await checkSession(claims)).toBeNull();
    expect(await newSessionClaims(user.id)).toBeNull();

    const other = await newUser();
    expect(await checkSession({ id: other.id, email: "x", name: "y" })).toBeNull();
    const old = { ...(await signIn(other.id)), authTime: Math.floor(Date.now() / 1000) - SESSION_MAX_AGE_SECONDS - 1 };
    expect(await checkSession(old)).toBeNull();
  });

  test("expired revocation records are cleaned up when the next one is written", async () => {
    const stale = randomUUID();
    await db.revokedSession.create({ data: { sid: stale, expiresAt: new Date(Date.now() - 1000) } });
    const user = await newUser();
    await revokeSession(await signIn(user.id));
    expect(await db.revokedSession.findUnique({ where: { sid: stale } })).toBeNull();
  });
});
