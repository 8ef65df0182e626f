import { spawn, type ChildProcess } from "node:child_process";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { expect, test } from "../support/fixtures";
import { PASSWORD, randomIp, register, uniqueEmail } from "../support/http";

// Signing in while the database is down: a calm 503 and "temporarily unavailable" in the form,
// and nothing internal (database address, driver or Prisma messages) in any URL or body.
// Same set-up as outage.spec.ts: the app's own edge (scripts/serve.mts) on a throwaway embedded database.
const port = Number(process.env.E2E_PORT ?? 3100) + 81;
const baseURL = `http://localhost:${port}`;
// Its own data directory: the mail outbox that register() reads the sign-up link from.
const DATA_DIR = ".data/test-sign-in-outage";
let database: EmbeddedDatabase;
let app: ChildProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  database = await startEmbeddedDatabase();
  await migrate(database.url);
  app = spawn(process.execPath, ["--import", "tsx", "scripts/serve.mts"], {
    env: { ...process.env, FRAMEWISE_DATA_DIR: DATA_DIR, PORT: String(port), NODE_ENV: "production", TRUST_PROXY: "1", DATABASE_URL: database.url, DATABASE_POOL_MAX: "1", NEXTAUTH_URL: baseURL, NEXTAUTH_SECRET: "outage-test-secret-outage-test-secret-0000", LOG_LEVEL: "fatal" },
    stdio: "ignore",
  });
  await expect.poll(async () => (await fetch(`${baseURL}/api/tracks`).catch(() => null))?.status, { timeout: 80_000 }).toBe(200);
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await database?.stop();
});

/** Strings that would give the database away. */
function assertNothingInternal(text: string) {
  const url = new URL(database.url);
  // The embedded database listens on a Unix socket (its directory is the `host` parameter) or on a TCP port.
  const where = url.port ? [`127.0.0.1:${url.port}`, `:${url.port}`] : [url.searchParams.get("host") ?? database.url];
  for (const secret of [database.url, ...where, "prisma", "ECONNREFUSED", "P1001", "invocation", "postgres"])
    expect(text.toLowerCase(), `leaks ${secret}`).not.toContain(secret.toLowerCase());
}

test("during an outage sign-in answers 503 'temporarily unavailable' with nothing internal, and works again afterwards", async ({ playwright, browser }) => {
  test.setTimeout(90_000);
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const { email } = await register(request, uniqueEmail("dbdown"), undefined, DATA_DIR);

  await database.suspend();
  try {
    for (let i = 0; i < 12; i++) {
      // More tries than the per-account limit: none of them checked a password, so none counts.
      const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
      const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: PASSWORD, json: "true" }, maxRedirects: 0 });
      expect(response.status()).toBe(503);
      const text = await response.text();
      assertNothingInternal(text);
      const body = JSON.parse(text);
      expect(body.error).toEqual({ code: "unavailable", message: expect.stringContaining("temporarily unavailable") });
      expect(new URL(body.url).pathname).toBe("/signin");
      expect(new URL(body.url).searchParams.get("error")).toBe("Unavailable");
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/signin`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in" }).click();
    assertNothingInternal(await (await answered).text());
    await expect(page.getByText("Signing in is temporarily unavailable. Please try again in a few minutes.")).toBeVisible();
    assertNothingInternal(page.url());
    assertNothingInternal(await page.content());
    await context.close();
  } finally {
    await database.resume();
  }

  await expect
    .poll(async () => {
      const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
      return (await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: PASSWORD, json: "true" }, maxRedirects: 0 })).status();
    }, { timeout: 20_000 })
    .toBe(200);
  expect((await (await request.get("/api/auth/session")).json()).user.email).toBe(email);
  await request.dispose();
});
