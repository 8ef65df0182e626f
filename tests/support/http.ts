// Helpers for HTTP tests against the running app: real sign-up and sign-in through next-auth.
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { readCatalog } from "../../lib/content/read";

export const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;

export const uniqueEmail = (label = "user") => `${label}-${randomUUID().slice(0, 8)}@example.test`;
export const PASSWORD = "correct horse battery";

export async function register(request: APIRequestContext, email = uniqueEmail(), name = "Test Learner") {
  const response = await request.post("/api/register", { data: { email, password: PASSWORD, name }, headers: { "x-forwarded-for": randomIp() } });
  if (response.status() !== 201) throw new Error(`register failed: ${response.status()} ${await response.text()}`);
  return { email, ...(await response.json()).user };
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
