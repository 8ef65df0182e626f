import { expect, test, type APIRequestContext } from "../support/fixtures";
import { PASSWORD, randomIp, register, uniqueEmail } from "../support/http";

// The per-account sign-in limit (10 failed password checks per 15 minutes) counts on the email
// next-auth's authorize() checks, however the body is written. Every request comes from a fresh
// address, so only the per-account limit is in play.
const WRONG = "not the password!";
const CALLBACK = "/api/auth/callback/credentials";

const csrf = async (request: APIRequestContext): Promise<string> => (await (await request.get("/api/auth/csrf")).json()).csrfToken;

function post(request: APIRequestContext, body: string | Record<string, string>, type: "form" | "json") {
  const data = typeof body === "string" ? body : type === "json" ? JSON.stringify(body) : new URLSearchParams(body).toString();
  const contentType = type === "json" ? "application/json" : "application/x-www-form-urlencoded";
  return request.post(CALLBACK, { data, headers: { "content-type": contentType, "x-forwarded-for": randomIp() }, maxRedirects: 0 });
}

const signInForm = async (request: APIRequestContext, email: string, password: string) =>
  post(request, { csrfToken: await csrf(request), email, password, json: "true" }, "form");
const signInJson = async (request: APIRequestContext, email: string, password: string) =>
  post(request, { csrfToken: await csrf(request), email, password, json: "true" }, "json");
const sessionUser = async (request: APIRequestContext) => (await (await request.get("/api/auth/session")).json())?.user?.email;

async function lockOut(request: APIRequestContext, email: string, attempt = signInForm) {
  for (let i = 0; i < 10; i++) expect((await attempt(request, email, WRONG)).status(), `guess ${i + 1}`).toBe(401);
}

test("after a lockout the right password does not sign in with a JSON body either", async ({ request }) => {
  const { email } = await register(request);
  await lockOut(request, email);
  const json = await signInJson(request, email, PASSWORD);
  expect(json.status()).toBe(429);
  expect((await json.json()).error.code).toBe("rate_limited");
  expect(json.headers()["retry-after"]).toBeTruthy();
  expect(await sessionUser(request)).toBeUndefined();
});

test("wrong guesses in JSON count toward the lockout like form posts", async ({ request }) => {
  const { email } = await register(request);
  await lockOut(request, email, signInJson);
  expect((await signInJson(request, email, WRONG)).status()).toBe(429);
  expect((await signInForm(request, email, PASSWORD)).status()).toBe(429);
  expect(await sessionUser(request)).toBeUndefined();
});

test("repeated email fields are counted on the email that is checked (the last)", async ({ request }) => {
  const victim = await register(request);
  const decoy = uniqueEmail("decoy");
  const repeated = async (first: string, last: string, password: string) =>
    post(request, `csrfToken=${encodeURIComponent(await csrf(request))}&email=${encodeURIComponent(first)}&email=${encodeURIComponent(last)}&password=${encodeURIComponent(password)}&json=true`, "form");

  for (let i = 0; i < 10; i++) expect((await repeated(decoy, victim.email, WRONG)).status()).toBe(401);
  // The victim's account is locked, whichever way the next request names it.
  expect((await repeated(decoy, victim.email, PASSWORD)).status()).toBe(429);
  expect((await signInJson(request, victim.email, PASSWORD)).status()).toBe(429);
  expect(await sessionUser(request)).toBeUndefined();
});

test("the decoy named last is the one that pays", async ({ request }) => {
  const victim = await register(request);
  const decoy = uniqueEmail("decoy");
  for (let i = 0; i < 11; i++)
    await post(request, `csrfToken=${encodeURIComponent(await csrf(request))}&email=${encodeURIComponent(victim.email)}&email=${encodeURIComponent(decoy)}&password=x&json=true`, "form");
  expect((await signInForm(request, decoy, WRONG)).status()).toBe(429);
  expect((await signInForm(request, victim.email, PASSWORD)).status()).toBe(200);
  expect(await sessionUser(request)).toBe(victim.email);
});

test("requests without a CSRF token lock no one out", async ({ request }) => {
  const { email } = await register(request);
  for (let i = 0; i < 15; i++) {
    const form = await post(request, { email, password: WRONG, json: "true" }, "form");
    const json = await post(request, { email, password: WRONG, json: "true" }, "json");
    expect([form.status(), json.status()]).not.toContain(429);
  }
  expect((await signInForm(request, email, WRONG)).status()).toBe(401);
  expect((await signInForm(request, email, PASSWORD)).status()).toBe(200);
  expect(await sessionUser(request)).toBe(email);
});

test("successful sign-ins do not count toward the lockout", async ({ request }) => {
  const { email } = await register(request);
  for (let i = 0; i < 9; i++) expect((await signInForm(request, email, WRONG)).status()).toBe(401);
  for (let i = 0; i < 5; i++) expect((await signInForm(request, email, PASSWORD)).status(), `sign-in ${i + 1}`).toBe(200);
  expect((await signInForm(request, email, WRONG)).status()).toBe(401); // the 10th failure
  expect((await signInForm(request, email, PASSWORD)).status()).toBe(429);
});

test("the sign-in body is capped before it is parsed, and an oversized one counts nothing", async ({ request }) => {
  const { email } = await register(request);
  const big = await post(request, { csrfToken: await csrf(request), email, password: "x".repeat(5_000), json: "true" }, "form");
  expect(big.status()).toBe(413);
  expect((await big.json()).error.code).toBe("payload_too_large");
  const padded = await post(request, JSON.stringify({ csrfToken: await csrf(request), email, password: WRONG, pad: "y".repeat(5_000) }), "json");
  expect(padded.status()).toBe(413);
  for (let i = 0; i < 12; i++) await post(request, { csrfToken: await csrf(request), email, password: WRONG, pad: "z".repeat(5_000) }, "form");
  expect((await signInForm(request, email, PASSWORD)).status()).toBe(200);
});
