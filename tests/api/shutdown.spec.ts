import { spawn } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
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
  // Another process on this port would answer the poll while ours had already exited, and waiting for its exit would hang.
  expect(app.exitCode, "the app exited before serving (is the port taken?)").toBeNull();

  // Each request asks for "100 Continue" and sends its body only once the server answers it: the
  // server has then parsed the request and handed it to Next. SIGTERM goes out when every request
  // has reached that point, so all of them are in flight, whatever the machine's load.
  const register = () => {
    let arrived!: () => void;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    const done = new Promise<number | "refused">((resolve) => {
      const body = JSON.stringify({ email: uniqueEmail("drain"), password: PASSWORD });
      const request = http.request(`${baseURL}/api/register`, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), expect: "100-continue", "x-forwarded-for": randomIp() },
      });
      request.on("continue", () => request.end(body, arrived));
      request.on("response", (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      });
      request.on("error", () => {
        arrived();
        resolve("refused");
      });
      request.flushHeaders();
    });
    return { reached, done };
  };
  const inFlight = Array.from({ length: 12 }, register);
  await Promise.all(inFlight.map((r) => r.reached));
  app.kill("SIGTERM");
  const outcomes = await Promise.all(inFlight.map((r) => r.done));
  const [code, signal] = await once(app, "exit");

  // Every request was in flight when the signal came: every one finishes.
  expect(outcomes, JSON.stringify(outcomes)).toEqual(Array(12).fill(202));
  expect(code === 143 || code === 0 || signal === "SIGTERM", `exit ${code} ${signal}`).toBe(true);
  expect(await fetch(`${baseURL}/api/tracks`).then(() => "up", () => "down")).toBe("down");
});
