import { expect, test } from "../support/fixtures";
import { firstQuiz, PASSWORD, randomIp, register, signedInUser, uniqueEmail } from "../support/http";

const quiz = firstQuiz();

async function signInAttempt(request: import("../support/fixtures").APIRequestContext, email: string, password: string, ip: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  return request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, headers: { "x-forwarded-for": ip }, maxRedirects: 0 });
}

test.describe("refusing abuse", () => {
  test("common passwords are refused on the password field", async ({ request }) => {
    const response = await request.post("/api/register", { data: { email: uniqueEmail("common"), password: "qwerty123456" } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.issues).toEqual([{ path: "password", message: expect.stringContaining("too common") }]);
  });

  test.describe("weak passwords are refused with the reason", () => {
    for (const { label, email, password, reason } of [
      { label: "shorter than 12 characters", email: uniqueEmail("short"), password: "k7#Rq2!mZp9", reason: "at least 12 characters" },
      { label: "contains the email's local part", email: "marguerite.h@example.test", password: "Marguerite.H-rides-bikes", reason: "before the @" },
      { label: "scores low on zxcvbn (a repeated group)", email: uniqueEmail("weak"), password: "abcabcabcabc", reason: "too easy to guess" },
      { label: "scores low on zxcvbn (a keyboard walk)", email: uniqueEmail("weak"), password: "qwertyuiop[]", reason: "too easy to guess" },
    ]) {
      test(label, async ({ request }) => {
        const response = await request.post("/api/register", { data: { email, password } });
        expect(response.status()).toBe(400);
        expect((await response.json()).error.issues).toEqual([{ path: "password", message: expect.stringContaining(reason) }]);
      });
    }
  });

  test("registration is limited per client address (the trusted proxy's entry), with Retry-After and the error shape", async ({ request }) => {
    // The test server trusts its proxy (TRUST_PROXY=1): the rightmost X-Forwarded-For entry is the
    // client, and whatever a client wrote to its left is ignored.
    const ip = randomIp();
    const from = (client: string) => ({ "x-forwarded-for": `${randomIp()}, ${client}` });
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++)
      statuses.push((await request.post("/api/register", { data: { email: uniqueEmail("flood"), password: PASSWORD }, headers: from(ip) })).status());
    expect(statuses).toEqual(Array(60).fill(202));
    const limited = await request.post("/api/register", { data: { email: uniqueEmail("flood"), password: PASSWORD }, headers: from(ip) });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("rate_limited");
    // Forging the limited address on the left does not hurt another client.
    const other = await request.post("/api/register", { data: { email: uniqueEmail("flood"), password: PASSWORD }, headers: { "x-forwarded-for": `${ip}, ${randomIp()}` } });
    expect(other.status()).toBe(202);
  });

  test("sign-in is limited per account, whatever address the guesses come from", async ({ request }) => {
    const { email } = await register(request);
    for (let i = 0; i < 10; i++) expect((await signInAttempt(request, email, "wrong password!", randomIp())).status()).toBe(401);
    const limited = await signInAttempt(request, email, PASSWORD, randomIp());
    expect(limited.status()).toBe(429);
    const body = await limited.json();
    expect(body.error.code).toBe("rate_limited");
    expect(body.url).toContain("error=TooManyRequests");
    expect(limited.headers()["retry-after"]).toBeTruthy();
  });

  // Per address across accounts, and against a forged X-Forwarded-For: tests/api/client-address.spec.ts.

  test("a wrong password and an unknown email get the same answer", async ({ request }) => {
    const { email } = await register(request);
    const known = await signInAttempt(request, email, "wrong password!", randomIp());
    const unknown = await signInAttempt(request, uniqueEmail("ghost"), "wrong password!", randomIp());
    expect(known.status()).toBe(unknown.status());
    const urlOf = async (r: typeof known) => new URL((await r.json()).url).search;
    expect(await urlOf(known)).toBe(await urlOf(unknown));
    expect(await urlOf(known)).toContain("error=CredentialsSignin");
  });

  test("submits are limited per user", async ({ request }) => {
    await signedInUser(request, "submitflood");
    const statuses = [];
    for (let i = 0; i < 61; i++) statuses.push((await request.post("/api/attempts/abcdefghijklmnopqrstuvwx/submit", { data: { answers: [] } })).status());
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses[60]).toBe(429);
  });

  test("cross-site requests cannot submit or autosave for a signed-in learner", async ({ request, baseURL }) => {
    await signedInUser(request, "csrf");
    const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
    for (const headers of [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, { origin: "null" }] as Record<string, string>[]) {
      const submit = await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: [] }, headers });
      expect(submit.status(), JSON.stringify(headers)).toBe(403);
      expect((await submit.json()).error.code).toBe("forbidden");
      expect((await request.put(`/api/attempts/${attempt.id}/answers`, { data: { answers: [] }, headers })).status()).toBe(403);
    }
    expect((await (await request.get(`/api/attempts/${attempt.id}`)).json()).attempt.submittedAt).toBeNull();
    const sameSite = await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: [] }, headers: { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" } });
    expect(sameSite.status()).toBe(200);
  });
});

test("responses carry security headers and a request id", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // Prerendered pages skip the proxy (their CSP is a static header); dynamic routes and the API get a request id.
  for (const path of ["/signin", "/api/tracks"])
    expect((await request.get(path, { maxRedirects: 0 })).headers()["x-request-id"], path).toMatch(/^[0-9a-f-]{36}$/);
});

test("HSTS is sent only when the site is served over HTTPS", async ({ request }) => {
  expect((await request.get("/")).headers()["strict-transport-security"]).toBeUndefined();
  const https = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toContain("max-age=");
});
