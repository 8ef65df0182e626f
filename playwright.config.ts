import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests",
  testMatch: ["api/**/*.spec.ts", "e2e/**/*.spec.ts"],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  // A shared 2-core machine under load answers slowly; assertions wait for their condition, so a
  // longer wait changes nothing but how long a real failure takes to report.
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium (apt); Playwright's own download is not reachable here.
      executablePath: existsSync(chromium) ? chromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
      ],
    },
  },
  projects: [
    { name: "api", testMatch: "api/**/*.spec.ts" },
    { name: "chromium", testMatch: "e2e/**/*.spec.ts", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    // The same start path as `npm start`: builds when needed, migrates, serves a production build.
    command: "npx tsx scripts/start.mts",
    url: `${baseURL}/api/tracks`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      FRAMEWISE_DATA_DIR: ".data/test",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      ADMIN_EMAILS: "admin@framewise.test",
      // The tests stand in for a reverse proxy: each names its client address in X-Forwarded-For,
      // so per-address limits never leak between tests. tests/api/client-address.spec.ts runs the
      // default (no trusted proxy) on an instance of its own.
      TRUST_PROXY: "1",
      ...(process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : { FRAMEWISE_EPHEMERAL_DB: "1" }),
    },
  },
});
