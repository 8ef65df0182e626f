// Helpers for HTTP tests against the running app: real sign-up and sign-in through next-auth.
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { readCatalog } from "../../lib/content/read";
import { E2E_DATA_DIR, linkFromOutbox, newestMail, tokenOf } from "./outbox";

export const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;

export const uniqueEmail = (label = "user") => `${label}-${randomUUID().slice(0, 8)}@example.test`;
export const PASSWORD = "correct horse battery";

/** The subject of the mail that carries a sign-up's confirmation link. */
export const SIGNUP_MAIL = /Confirm your email to finish/;

/**
 * Signs up for real: `POST /api/register` (202), then the confirmation link from the mail the app
 * wrote to its outbox (`dataDir` is the app's FRAMEWISE_DATA_DIR), then `POST /api/register/verify`.
 */
export async function register(request: APIRequestContext, email = uniqueEmail(), name = "Test Learner", dataDir = E2E_DATA_DIR) {
  const since = new Date();
  const response = await request.post("/api/register", { data: { email, password: PASSWORD, name }, headers: { "x-forwarded-for": randomIp() } });
  if (response.status() !== 202) throw new Error(`register failed: ${response.status()} ${await response.text()}`);
  return verifyFromOutbox(request, email, { dataDir, since });
}

/** The subject of the note an address's owner gets when someone signs up with it again. */
export const SIGNUP_TAKEN_MAIL = /Someone tried to create a Framewise account/;

/**
 * Makes sure an account exists for `email` (a fixed address an earlier run may have created):
 * signs up, then follows the confirmation link, or is done when the owner's note arrives instead.
 */
export async function ensureAccount(request: APIRequestContext, email: string) {
  for (let attempt = 1; ; attempt++) {
    const since = new Date();
    const response = await request.post("/api/register", { data: { email, password: PASSWORD }, headers: { "x-forwarded-for": randomIp() } });
    if (response.status() !== 202) throw new Error(`register failed: ${response.status()} ${await response.text()}`);
    const mail = await newestMail(email, { since, subject: /Confirm your email to finish|Someone tried to create/ });
    if (SIGNUP_TAKEN_MAIL.test(mail.subject)) return;
    try {
      await verifyFromOutbox(request, email, { since });
      return;
    } catch (error) {
      // Two workers signing up the same fixed address at once (each in its own beforeAll): the
      // later sign-up replaced the earlier link. Again: now the account exists, or a link is fresh.
      if (attempt === 3) throw error;
    }
  }
}

/** Follows the newest sign-up link mailed to `email`: 201 `{ user }`. */
export async function verifyFromOutbox(request: APIRequestContext, email: string, options: { dataDir?: string; since?: Date } = {}) {
  const link = await linkFromOutbox(email, "/signup/verify", { ...options, subject: SIGNUP_MAIL });
  const verified = await request.post("/api/register/verify", { data: { token: tokenOf(link) }, headers: { "x-forwarded-for": randomIp() } });
  if (verified.status() !== 201) throw new Error(`verify failed: ${verified.status()} ${await verified.text()}`);
  return (await verified.json()).user as { id: string; email: string; name: string };
}

/** Signs the request context in; its cookie jar then carries the session. */
export async function signIn(request: APIRequestContext, email: string, password = PASSWORD) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers: { "x-forwarded-for": randomIp() },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`sign-in failed: ${response.status()}`);
}

export async function signedInUser(request: APIRequestContext, label?: string) {
  const user = await register(request, uniqueEmail(label));
  await signIn(request, user.email);
  return user;
}

/** The content as the server sees it, for answer keys the tests may know and the browser may not. */
export const catalog = readCatalog(path.resolve("content")).catalog;
export const firstQuiz = () => catalog.tracks.find((t) => t.slug === "flask")!.lessons[0]!.quiz;
