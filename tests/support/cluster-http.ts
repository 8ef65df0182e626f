// Plain HTTP for the cluster tests: from a chosen loopback address (so nginx sees distinct clients
// and rate-limit keys never collide between runs), with the headers a client picks.
import { randomInt } from "node:crypto";
import { request as httpRequest } from "node:http";
import { PASSWORD, SIGNUP_MAIL, uniqueEmail } from "./http";
import { linkFromOutbox, tokenOf } from "./outbox";

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A loopback address no earlier run used (127.0.0.0/8 all routes to this machine). */
export const randomLoopback = () => `127.${randomInt(1, 250)}.${randomInt(1, 250)}.${randomInt(2, 250)}`;

export function send(port: number, method: string, path: string, options: { from?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const headers = { ...options.headers, ...(options.body !== undefined ? { "content-length": String(Buffer.byteLength(options.body)) } : {}) };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, localAddress: options.from, method, path, headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      // A response cut off mid-body (its instance killed) fails this request instead of hanging it.
      res.on("error", reject);
      res.on("close", () => {
        if (!res.complete) reject(new Error(`${method} ${path}: the response was cut off`));
      });
    });
    // No request of these tests takes half a minute; one that does is a failure, not a hang.
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: no response within 30 s`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

export const json = (body: unknown) => ({ headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/**
 * Signs up a new learner from a fresh address (following the link the cluster wrote to its outbox,
 * under `dataDir`, its FRAMEWISE_DATA_DIR), signs in; returns the session cookie header.
 */
export async function sessionCookie(port: number, dataDir: string): Promise<{ email: string; cookie: string }> {
  const from = randomLoopback();
  const email = uniqueEmail("cluster");
  const since = new Date();
  const registered = await send(port, "POST", "/api/register", { from, ...json({ email, password: PASSWORD, name: "Cluster Learner" }) });
  if (registered.status !== 202) throw new Error(`register: ${registered.status} ${registered.body}`);
  const link = await linkFromOutbox(email, "/signup/verify", { dataDir, since, subject: SIGNUP_MAIL });
  const verified = await send(port, "POST", "/api/register/verify", { from, ...json({ token: tokenOf(link) }) });
  if (verified.status !== 201) throw new Error(`verify: ${verified.status} ${verified.body}`);
  const csrf = await send(port, "GET", "/api/auth/csrf", { from });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const csrfCookies = [csrf.headers["set-cookie"] ?? []].flat().map((c) => c.split(";")[0]).join("; ");
  const form = new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }).toString();
  const signedIn = await send(port, "POST", "/api/auth/callback/credentials", { from, headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies }, body: form });
  const session = [signedIn.headers["set-cookie"] ?? []].flat().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in: ${signedIn.status} ${signedIn.body}`);
  return { email, cookie: session.split(";")[0]! };
}
