import { expect, test, type APIRequestContext } from "../support/fixtures";
import { PASSWORD, randomIp, register, signedInUser, SIGNUP_MAIL, SIGNUP_TAKEN_MAIL, uniqueEmail, verifyFromOutbox } from "../support/http";
import { linkFromOutbox, newestMail, tokenOf } from "../support/outbox";
import { sql } from "../support/server-database";

const signUp = (request: APIRequestContext, data: unknown) => request.post("/api/register", { data, headers: { "x-forwarded-for": randomIp() } });
const verify = (request: APIRequestContext, token: string) => request.post("/api/register/verify", { data: { token }, headers: { "x-forwarded-for": randomIp() } });
const count = async (table: "User" | "PendingRegistration", email: string) => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE email = $1`, [email]))[0]!.n;

test.describe("POST /api/register", () => {
  test("a new and a registered address get the same 202 and body; only the new one gets a link, the owner a note", async ({ request }) => {
    const email = uniqueEmail("reg");
    const since = new Date();
    const first = await signUp(request, { email: `  ${email.toUpperCase()} `, password: PASSWORD, name: "Ada" });
    expect(first.status()).toBe(202);
    const body = await first.json();
    expect(body).toEqual({ status: "verification_sent", email, message: expect.stringContaining(email) });
    // Nothing is created until the link is followed.
    expect(await count("User", email)).toBe(0);
    expect(await count("PendingRegistration", email)).toBe(1);
    const user = await verifyFromOutbox(request, email, { since });
    expect(user).toEqual({ id: expect.any(String), email, name: "Ada" });
    expect(await count("PendingRegistration", email)).toBe(0);

    const again = await signUp(request, { email, password: "another violet lantern 7", name: "Mallory" });
    expect(again.status()).toBe(202);
    expect(await again.json()).toEqual(body);
    const note = await newestMail(email, { since, subject: SIGNUP_TAKEN_MAIL });
    expect(note.links.map((l) => new URL(l).pathname)).toEqual(["/signin", "/forgot-password"]);
    expect(note.text).not.toContain("token=");
    // Still one account, unchanged, and no pending sign-up for the taken address.
    expect(await sql(`SELECT name FROM "User" WHERE email = $1`, [email])).toEqual([{ name: "Ada" }]);
    expect(await count("PendingRegistration", email)).toBe(0);
  });

  test("defaults the display name to the email's local part", async ({ request }) => {
    const email = uniqueEmail("noname");
    const since = new Date();
    expect((await signUp(request, { email, password: PASSWORD })).status()).toBe(202);
    expect((await verifyFromOutbox(request, email, { since })).name).toBe(email.split("@")[0]);
  });

  test("the link works once; a used, unknown, malformed or expired link is a 400 and creates nothing", async ({ request }) => {
    const email = uniqueEmail("once");
    const since = new Date();
    await signUp(request, { email, password: PASSWORD });
    const token = tokenOf(await linkFromOutbox(email, "/signup/verify", { since, subject: SIGNUP_MAIL }));
    expect((await verify(request, token)).status()).toBe(201);
    const used = await verify(request, token);
    expect(used.status()).toBe(400);
    expect((await used.json()).error).toMatchObject({ code: "validation", message: expect.stringContaining("not valid or has expired"), issues: [{ path: "token", message: expect.any(String) }] });
    expect((await verify(request, "A".repeat(43))).status()).toBe(400);
    expect((await verify(request, "short")).status()).toBe(400);

    const late = uniqueEmail("late");
    const lateSince = new Date();
    await signUp(request, { email: late, password: PASSWORD });
    const lateToken = tokenOf(await linkFromOutbox(late, "/signup/verify", { since: lateSince, subject: SIGNUP_MAIL }));
    await sql(`UPDATE "PendingRegistration" SET "expiresAt" = now() - interval '1 minute' WHERE email = $1`, [late]);
    expect((await verify(request, lateToken)).status()).toBe(400);
    expect(await count("User", late)).toBe(0);
    expect(await count("PendingRegistration", late)).toBe(0); // spent
  });

  test("signing up again before following the link replaces the pending sign-up: only the newest link works", async ({ request }) => {
    const email = uniqueEmail("twice");
    const since = new Date();
    await signUp(request, { email, password: PASSWORD, name: "First" });
    const firstLink = await linkFromOutbox(email, "/signup/verify", { since, subject: SIGNUP_MAIL });
    await signUp(request, { email, password: PASSWORD, name: "Second" });
    let secondLink = firstLink;
    await expect.poll(async () => (secondLink = await linkFromOutbox(email, "/signup/verify", { since, subject: SIGNUP_MAIL })), { timeout: 20_000 }).not.toBe(firstLink);
    expect(await count("PendingRegistration", email)).toBe(1);
    expect((await verify(request, tokenOf(firstLink))).status()).toBe(400);
    const created = await verify(request, tokenOf(secondLink));
    expect(created.status()).toBe(201);
    expect((await created.json()).user.name).toBe("Second");
  });

  test.describe("rejects bad input with 400 and field issues", () => {
    for (const [label, data] of [
      ["an invalid email", { email: "not-an-email", password: PASSWORD }],
      ["a short password", { email: "short@example.test", password: "short" }],
      ["a wrong type", { email: 42, password: PASSWORD }],
      ["an unknown field", { email: "x@example.test", password: PASSWORD, role: "ADMIN" }],
      ["a missing body", undefined],
    ] as const) {
      test(label, async ({ request }) => {
        const response = await request.post("/api/register", { data });
        expect(response.status()).toBe(400);
        const body = await response.json();
        expect(body.error).toMatchObject({ code: "validation", message: expect.any(String) });
      });
    }

    test("malformed JSON", async ({ request }) => {
      const response = await request.post("/api/register", { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
      expect(response.status()).toBe(400);
      expect((await response.json()).error.code).toBe("invalid_json");
    });

    test("an oversized body", async ({ request }) => {
      const response = await request.post("/api/register", { data: { email: "big@example.test", password: PASSWORD, name: "x".repeat(10_000) } });
      expect(response.status()).toBe(413);
      expect((await response.json()).error.code).toBe("payload_too_large");
    });
  });
});

test("email change answers the same for a free and a taken address; the taken one's owner gets a note", async ({ request, playwright, baseURL }) => {
  const other = await playwright.request.newContext({ baseURL });
  const taken = await register(other);
  await other.dispose();
  const me = await signedInUser(request, "mover");
  const free = uniqueEmail("free");
  const since = new Date();
  const answers = [];
  for (const address of [free, taken.email]) {
    const response = await request.post("/api/me/email", { data: { email: address, password: PASSWORD } });
    answers.push({ status: response.status(), body: JSON.stringify(await response.json()).replace(address, "ADDRESS") });
  }
  expect(answers[0]).toEqual(answers[1]);
  expect(answers[0]!.status).toBe(202);
  expect((await newestMail(free, { since, subject: /Confirm your new/ })).links[0]).toContain("/settings/email?token=");
  expect((await newestMail(taken.email, { since, subject: /Someone tried to move/ })).text).not.toContain("token=");
  expect(await sql(`SELECT email FROM "User" WHERE id = $1`, [me.id])).toEqual([{ email: me.email }]);
});
