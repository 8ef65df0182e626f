// Sign-up confirmed by an emailed link, against a real PostgreSQL, with mail sent over SMTP to a
// real smtp-server this file starts on a free port.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMailServer, type MailServer } from "../support/mail-server";

let mail: MailServer;
// lib/env reads SMTP_URL once, so the app modules load after the server is up.
let app: Awaited<ReturnType<typeof load>>;
const load = async () => ({
  ...(await import("@/lib/auth/registration")),
  ...(await import("@/lib/auth/account")),
  ...(await import("@/lib/auth/password")),
  ...(await import("@/lib/db/queries/oidc")),
  ...(await import("@/lib/db/queries/registrations")),
  db: (await import("@/lib/db/client")).db,
});

const PASSWORD = "correct horse battery";
const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;
const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";
const codeOf = async (promise: Promise<unknown>) => promise.then(() => "ok", (e: { code?: string }) => e.code ?? String(e));

/** Starts a sign-up and sends its mail, as the route does after answering; returns the link, if any. */
async function signUp(email: string, name = "Ada", password = PASSWORD): Promise<{ kind: string; link?: string }> {
  const before = mail.messages.length;
  const started = await app.startRegistration({ email, name, password });
  await app.finishRegistrationRequest(started);
  const message = await mail.waitFor(email, undefined, undefined, before);
  return { kind: started.kind, link: message.links.find((l) => l.includes("/signup/verify?token=")) };
}

beforeAll(async () => {
  mail = await startMailServer();
  process.env.SMTP_URL = mail.url;
  process.env.NEXTAUTH_URL = "http://localhost:3999";
  app = await load();
});
afterAll(() => mail?.stop());

describe("sign-up by emailed link", () => {
  test("a free address gets a link (only its hash stored); following it creates the user once", async () => {
    const email = address("new");
    const { kind, link } = await signUp(email);
    expect(kind).toBe("verify");
    expect(link).toMatch(/^http:\/\/localhost:3999\/signup\/verify\?token=[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(link!);
    const pending = await app.db.pendingRegistration.findUniqueOrThrow({ where: { email } });
    expect(JSON.stringify(pending)).not.toContain(token);
    expect(pending.expiresAt.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect(await app.db.user.count({ where: { email } })).toBe(0);

    const user = await app.completeRegistration(token);
    expect(user).toEqual({ id: expect.any(String), email, name: "Ada" });
    const stored = await app.db.user.findUniqueOrThrow({ where: { email } });
    expect(stored.role).toBe("USER");
    expect(await app.verifyPassword(stored.passwordHash!, PASSWORD)).toBe(true);
    expect(await app.db.pendingRegistration.count({ where: { email } })).toBe(0);
    expect(await codeOf(app.completeRegistration(token))).toBe("validation");
  });

  test("a registered address gets a note instead, and no pending row", async () => {
    const email = address("taken");
    await app.completeRegistration(tokenOf((await signUp(email)).link!));
    const { kind, link } = await signUp(email, "Mallory", "another violet lantern 7");
    expect(kind).toBe("taken");
    expect(link).toBeUndefined();
    expect(await app.db.pendingRegistration.count({ where: { email } })).toBe(0);
    expect((await app.db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Ada");
  });

  test("an expired link is refused and spent", async () => {
    const email = address("expired");
    const token = tokenOf((await signUp(email)).link!);
    await app.db.pendingRegistration.update({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await codeOf(app.completeRegistration(token))).toBe("validation");
    expect(await app.db.user.count({ where: { email } })).toBe(0);
    expect(await app.db.pendingRegistration.count({ where: { email } })).toBe(0);
  });

  test("an address taken meanwhile (single sign-on) spends the link without touching that account", async () => {
    const email = address("race");
    const token = tokenOf((await signUp(email)).link!);
    const oidcUserId = await app.createOidcUser({ email, name: "School", provider: "oidc", providerAccountId: `sub-${randomUUID()}` });
    expect(oidcUserId).not.toBeNull();
    expect(await codeOf(app.completeRegistration(token))).toBe("validation");
    const user = await app.db.user.findUniqueOrThrow({ where: { email } });
    expect({ id: user.id, passwordHash: user.passwordHash, name: user.name }).toEqual({ id: oidcUserId, passwordHash: null, name: "School" });
    expect(await app.db.pendingRegistration.count({ where: { email } })).toBe(0);
  });

  test("of two concurrent confirmations of one link, exactly one creates the user", async () => {
    const email = address("concurrent");
    const token = tokenOf((await signUp(email)).link!);
    const outcomes = await Promise.all([codeOf(app.completeRegistration(token)), codeOf(app.completeRegistration(token))]);
    expect(outcomes.sort()).toEqual(["ok", "validation"]);
    expect(await app.db.user.count({ where: { email } })).toBe(1);
  });

  test("expired sign-ups are purged; deleting an account also removes a pending sign-up for its address", async () => {
    const stale = address("stale");
    await signUp(stale);
    await app.db.pendingRegistration.update({ where: { email: stale }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await app.purgeExpiredRegistrations();
    expect(await app.db.pendingRegistration.count({ where: { email: stale } })).toBe(0);

    // A sign-up started before single sign-on created the account for the same address.
    const email = address("leaver");
    await signUp(email);
    const userId = (await app.createOidcUser({ email, name: "Leaver", provider: "oidc", providerAccountId: `sub-${randomUUID()}` }))!;
    expect(await app.db.pendingRegistration.count({ where: { email } })).toBe(1);
    await app.deleteAccount(userId, email, undefined);
    expect(await app.db.pendingRegistration.count({ where: { email } })).toBe(0);
    expect(await app.db.user.count({ where: { email } })).toBe(0);
  });
});
