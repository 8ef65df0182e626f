import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { expect, test } from "../support/fixtures";
import { PASSWORD, randomIp, register as signUp, signIn, uniqueEmail } from "../support/http";

// A second app instance on a throwaway embedded database that the test can take down and bring back.
const port = Number(process.env.E2E_PORT ?? 3100) + 50;
const baseURL = `http://localhost:${port}`;
const DATA_DIR = ".data/test-outage"; // its outbox holds the sign-up links
let database: EmbeddedDatabase;
let app: ChildProcess;

test.beforeAll(async () => {
  database = await startEmbeddedDatabase();
  await migrate(database.url);
  app = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port)], {
    env: { ...process.env, FRAMEWISE_DATA_DIR: DATA_DIR, DATABASE_URL: database.url, DATABASE_POOL_MAX: "1", NEXTAUTH_URL: baseURL, NEXTAUTH_SECRET: "outage-test-secret-outage-test-secret-0000", LOG_LEVEL: "fatal" },
    stdio: "ignore",
  });
  await expect.poll(async () => (await fetch(`${baseURL}/api/tracks`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await database?.stop();
});

test("while the database is down, APIs answer 503 and pages stay calm; afterwards the app recovers by itself", async ({ playwright, browser }) => {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const email = uniqueEmail("outage");
  await signUp(request, email, "Outage Learner", DATA_DIR);
  await signIn(request, email);

  expect((await request.get("/api/health/ready")).status()).toBe(200);
  await database.suspend();
  // Readiness turns 503 (so a proxy stops routing here); liveness needs no database and stays 200.
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(503);
  expect(await ready.json()).toMatchObject({ error: { code: "unavailable" }, checks: { database: "down" } });
  expect((await request.get("/api/health/live")).status()).toBe(200);
  const down = await request.get("/api/me/progress");
  expect(down.status()).toBe(503);
  expect((await down.json()).error).toMatchObject({ code: "unavailable", message: expect.stringContaining("temporarily unavailable") });
  const register = await request.post("/api/register", { data: { email: uniqueEmail("outage"), password: PASSWORD } });
  expect(register.status()).toBe(503);
  // The dashboard streams, so its error boundary renders in the browser.
  const context = await browser.newContext({ storageState: await request.storageState() });
  const page = await context.newPage();
  await page.goto(`${baseURL}/dashboard`);
  await expect(page.getByRole("heading", { name: /temporarily unavailable/ })).toBeVisible();
  expect((await request.get("/learn/flask/philosophy")).status()).toBe(200); // static pages need no database

  await database.resume();
  await expect.poll(async () => (await request.get("/api/health/ready")).status(), { timeout: 20_000 }).toBe(200);
  await expect.poll(async () => (await request.get("/api/me/progress")).status(), { timeout: 20_000 }).toBe(200);
  // The database is back, yet the page still shows the error: nothing but the button can recover it.
  await expect(page.getByRole("heading", { name: /temporarily unavailable/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Progress by track" })).toBeHidden();
  // A mark on this document survives only if the button recovers the page in place (a reload or a
  // navigation would start a new document without it).
  await page.evaluate(() => Object.assign(window, { __beforeRetry: true }));
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Progress by track" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /temporarily unavailable/ })).toBeHidden();
  expect(await page.evaluate(() => (window as { __beforeRetry?: boolean }).__beforeRetry), "the page was reloaded instead of recovered by the button").toBe(true);
  await context.close();
  await request.dispose();
});
