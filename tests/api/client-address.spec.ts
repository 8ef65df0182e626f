import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { expect, test } from "../support/fixtures";
import { PASSWORD, SIGNUP_MAIL, uniqueEmail } from "../support/http";
import { linkFromOutbox, tokenOf } from "../support/outbox";

// `npm start` as it ships (no TRUST_PROXY), on an embedded database of its own: per-address limits
// count the TCP peer. Clients here connect from different loopback addresses (127.0.0.x), so the
// server sees different peers, and each forges X-Forwarded-For as an attacker would.
const port = Number(process.env.E2E_PORT ?? 3100) + 80;
const FAILED_SIGN_INS_PER_ADDRESS = 8; // kept small so the test is short; registration keeps its default
const DATA_DIR = ".data/test-client-address";
let app: ChildProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000); // start-up on a busy 2-core machine can take minutes
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    FRAMEWISE_EPHEMERAL_DB: "1",
    FRAMEWISE_DATA_DIR: DATA_DIR,
    DATABASE_URL: "",
    TRUST_PROXY: "0", // the default, spelled out
    RATE_LIMIT_SIGN_IN_PER_ADDRESS: `${FAILED_SIGN_INS_PER_ADDRESS}/15m`,
    LOG_LEVEL: "fatal",
  };
  delete env.REDIS_URL; // limits in this process's memory, so the fixed 127.0.0.x keys start fresh
  app = spawn(process.execPath, ["--import", "tsx", "scripts/start.mts"], { env, stdio: "ignore" });
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/api/tracks`).catch(() => null))?.status, { timeout: 200_000 }).toBe(200);
});

test.afterAll(() => {
  app?.kill("SIGTERM");
});

type Reply = { status: number; body: string; cookies: string[] };

/** One HTTP request from the loopback address `from`, with the headers an attacker picks. */
function send(from: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, localAddress: from, method, path, headers: body ? { ...headers, "content-length": String(Buffer.byteLength(body)) } : headers }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const register = (from: string, forwardedFor: string, email = uniqueEmail("nat")) =>
  send(from, "POST", "/api/register", { "content-type": "application/json", "x-forwarded-for": forwardedFor }, JSON.stringify({ email, password: PASSWORD }));

/** Follows the sign-up link the app wrote to its outbox: the account then exists. */
async function verify(from: string, email: string): Promise<Reply> {
  const link = await linkFromOutbox(email, "/signup/verify", { dataDir: DATA_DIR, subject: SIGNUP_MAIL });
  return send(from, "POST", "/api/register/verify", { "content-type": "application/json" }, JSON.stringify({ token: tokenOf(link) }));
}

async function signIn(from: string, email: string, password: string, forwardedFor?: string): Promise<Reply> {
  const spoof: Record<string, string> = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
  const csrf = await send(from, "GET", "/api/auth/csrf", spoof);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, json: "true" }).toString();
  return send(from, "POST", "/api/auth/callback/credentials", { ...spoof, "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookies.join("; ") }, form);
}

let n = 0;
const rotating = () => `198.51.100.${(n++ % 250) + 1}`;

test("a classroom behind one address registers 30 learners; rotating X-Forwarded-For does not escape the limit", async () => {
  test.setTimeout(120_000);
  const statuses: number[] = [];
  for (let i = 0; i < 60; i++) statuses.push((await register("127.0.0.2", rotating())).status);
  expect(statuses).toEqual(Array(60).fill(202)); // the default, 60 an hour: a class of 30 and their second tries
  const limited = await register("127.0.0.2", rotating());
  expect(limited.status).toBe(429);
  expect(JSON.parse(limited.body).error.code).toBe("rate_limited");
  // Another address still has its own budget.
  expect((await register("127.0.0.3", rotating())).status).toBe(202);
});

test("failed sign-ins from one address hit its limit whatever X-Forwarded-For says", async () => {
  for (let i = 0; i < FAILED_SIGN_INS_PER_ADDRESS; i++) expect((await signIn("127.0.0.4", uniqueEmail("spray"), "not the password!", rotating())).status).toBe(401);
  const limited = await signIn("127.0.0.4", uniqueEmail("spray"), "not the password!", rotating());
  expect(limited.status).toBe(429);
  expect(JSON.parse(limited.body).url).toContain("error=TooManyRequests");
});

test("a forged X-Forwarded-For cannot spend a victim's budget", async () => {
  const victim = "127.0.0.5";
  const email = uniqueEmail("victim");
  expect((await register(victim, victim, email)).status).toBe(202);
  expect((await verify(victim, email)).status).toBe(201);
  // The attacker names the victim's address in every guess; it is the attacker's own budget that runs out.
  for (let i = 0; i < FAILED_SIGN_INS_PER_ADDRESS; i++) await signIn("127.0.0.6", uniqueEmail("spray"), "not the password!", victim);
  expect((await signIn("127.0.0.6", uniqueEmail("spray"), "not the password!", victim)).status).toBe(429);

  expect((await signIn(victim, email, "not the password!")).status).toBe(401);
  const signedIn = await signIn(victim, email, PASSWORD);
  expect(signedIn.status).toBe(200);
  expect(signedIn.cookies.some((c) => c.startsWith("next-auth.session-token="))).toBe(true);
});
