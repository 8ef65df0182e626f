import { spawn } from "node:child_process";
import { once } from "node:events";
import { expect, test } from "../support/fixtures";
import { PASSWORD, randomIp, uniqueEmail } from "../support/http";

// `npm start`'s own process (scripts/start.mts) with an embedded database, stopped with SIGTERM
// while requests are in flight: they finish (no 5xx), then the database closes and the process exits.
const port = Number(process.env.E2E_PORT ?? 3100) + 60;
const baseURL = `http://localhost:${port}`;

test("SIGTERM lets in-flight requests finish before the database closes", async () => {
  test.setTimeout(240_000); // start-up on a busy 2-core machine can take minutes
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.mts"], {
    env: { ...process.env, PORT: String(port), FRAMEWISE_EPHEMERAL_DB: "1", FRAMEWISE_DATA_DIR: ".data/test-shutdown", DATABASE_URL: "", LOG_LEVEL: "fatal" },
    stdio: "ignore",
    detached: false,
  });
  await expect.poll(async () => (await fetch(`${baseURL}/api/tracks`).catch(() => null))?.status, { timeout: 180_000 }).toBe(200);

  const register = () =>
    fetch(`${baseURL}/api/register`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": randomIp() },
      body: JSON.stringify({ email: uniqueEmail("drain"), password: PASSWORD }),
    }).then((r) => r.status, () => "refused" as const);
  const inFlight = Array.from({ length: 12 }, register);
  await new Promise((resolve) => setTimeout(resolve, 20)); // let them reach the server
  app.kill("SIGTERM");
  const outcomes = await Promise.all(inFlight);
  const [code, signal] = await once(app, "exit");

  expect(outcomes.filter((o) => o === 201).length).toBeGreaterThan(0);
  expect(outcomes.every((o) => o === 201 || o === "refused"), JSON.stringify(outcomes)).toBe(true);
  expect(code === 143 || code === 0 || signal === "SIGTERM", `exit ${code} ${signal}`).toBe(true);
  expect(await fetch(`${baseURL}/api/tracks`).then(() => "up", () => "down")).toBe("down");
});
