import { expect, test, type APIRequestContext } from "../support/fixtures";
import { firstQuiz, randomIp, signedInUser, signIn } from "../support/http";
import { sql } from "../support/server-database";

const quiz = firstQuiz();

async function signOut(request: APIRequestContext) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(400);
}

test.describe("sessions can be revoked", () => {
  test("a cookie copied before sign-out stops working everywhere once its owner signs out", async ({ request, playwright, baseURL }) => {
    await signedInUser(request, "copied");
    const thief = await playwright.request.newContext({ baseURL, storageState: await request.storageState(), extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    expect((await thief.get("/api/me/progress")).status()).toBe(200);

    await signOut(request);
    const refused = await thief.get("/api/me/progress");
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe("unauthorized");
    expect((await thief.put(`/api/me/lessons/${quiz.id}/complete`)).status()).toBe(401);
    expect((await thief.get("/dashboard", { maxRedirects: 0 })).status()).toBe(307);
    // The browser's own view of the session agrees.
    expect((await (await thief.get("/api/auth/session")).json()).user).toBeUndefined();
    await thief.dispose();
  });

  test("sign out everywhere ends every session of the account, and signing in again works", async ({ request, playwright, baseURL }) => {
    const user = await signedInUser(request, "everywhere");
    const laptop = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    await signIn(laptop, user.email);
    expect((await laptop.get("/api/me")).status()).toBe(200);

    const revoke = await request.post("/api/me/sessions/revoke-all");
    expect(revoke.status()).toBe(200);
    for (const context of [request, laptop]) expect((await context.get("/api/me/progress")).status()).toBe(401);
    expect((await request.post("/api/me/sessions/revoke-all")).status()).toBe(401);

    await signIn(laptop, user.email);
    expect((await laptop.get("/api/me")).status()).toBe(200);
    expect((await request.get("/api/me")).status()).toBe(401);
    await laptop.dispose();
  });

  test("a deleted user's token is a 401 on reads and writes, never a 500", async ({ request }) => {
    const user = await signedInUser(request, "deleted");
    expect((await request.get("/api/me/progress")).status()).toBe(200);
    await sql(`DELETE FROM "User" WHERE id = $1`, [user.id]);
    // Each instance trusts a check for a few seconds (SESSION_CHECK_CACHE_MS), then asks again.
    await expect.poll(async () => (await request.get("/api/me/progress")).status(), { timeout: 15_000 }).toBe(401);
    expect((await request.put(`/api/me/lessons/${quiz.id}/complete`)).status()).toBe(401);
    expect((await request.post(`/api/quizzes/${quiz.id}/attempts`)).status()).toBe(401);
    expect((await request.put("/api/me/profile", { data: { timeZone: "Europe/Berlin" } })).status()).toBe(401);
  });

  test("the current role is read on each request: an admin grant needs no new sign-in", async ({ request }) => {
    const user = await signedInUser(request, "promoted");
    expect((await request.get("/admin")).status()).toBe(404);
    await sql(`UPDATE "User" SET role = 'ADMIN' WHERE id = $1`, [user.id]);
    await expect.poll(async () => (await request.get("/admin")).status(), { timeout: 15_000 }).toBe(200);
  });
});

test.describe("protected pages redirect signed-out visitors before any HTML", () => {
  test("dashboard, quiz, review and admin answer 307 to sign-in with the way back", async ({ request }) => {
    const [track, lesson] = quiz.id.split(".");
    const paths = ["/dashboard", `/learn/${track}/${lesson}/quiz`, `/learn/${track}/${lesson}/quiz/review/abcdefghijklmnopqrstuvwx`, "/admin", "/dashboard?tz=UTC"];
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers()["location"], path).toBe(`/signin?callbackUrl=${encodeURIComponent(path)}`);
      expect(await response.text(), path).not.toContain("<html");
    }
  });

  test("a forged or revoked session cookie is sent to sign in too", async ({ request, playwright, baseURL }) => {
    const forged = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "next-auth.session-token=not-a-token" } });
    expect((await forged.get("/dashboard", { maxRedirects: 0 })).status()).toBe(307);
    await forged.dispose();

    await signedInUser(request, "pages");
    expect((await request.get("/dashboard", { maxRedirects: 0 })).status()).toBe(200);
    const copy = await playwright.request.newContext({ baseURL, storageState: await request.storageState() });
    await signOut(request);
    expect((await copy.get("/dashboard", { maxRedirects: 0 })).status()).toBe(307);
    await copy.dispose();
  });
});
