import { afterEach, expect, test, vi } from "vitest";

// Rate limits and the trusted-proxy switch come from the environment, checked at start-up.
const NAMES = ["TRUST_PROXY", "RATE_LIMIT_REGISTER_PER_ADDRESS", "RATE_LIMIT_SIGN_IN_PER_ADDRESS", "RATE_LIMIT_SIGN_IN_PER_ACCOUNT", "RATE_LIMIT_AUTOSAVE"];
const saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));
afterEach(() => NAMES.forEach((name) => (saved[name] === undefined ? delete process.env[name] : (process.env[name] = saved[name]))));

async function load(vars: Record<string, string>) {
  vi.resetModules();
  NAMES.forEach((name) => delete process.env[name]);
  Object.assign(process.env, vars);
  return (await import("@/lib/env")).env;
}

test("defaults: no trusted proxy, and room for a classroom of 30 behind one address", async () => {
  const env = await load({});
  expect(env.TRUST_PROXY).toBe(false);
  expect(env.RATE_LIMIT_REGISTER_PER_ADDRESS).toEqual({ points: 60, duration: 3600 });
  expect(env.RATE_LIMIT_REGISTER_PER_ADDRESS.points).toBeGreaterThanOrEqual(30);
  expect(env.RATE_LIMIT_SIGN_IN_PER_ADDRESS).toEqual({ points: 100, duration: 900 });
  expect(env.RATE_LIMIT_SIGN_IN_PER_ACCOUNT).toEqual({ points: 10, duration: 900 });
});

test("points per window in s, m or h", async () => {
  const env = await load({ TRUST_PROXY: "1", RATE_LIMIT_REGISTER_PER_ADDRESS: "200/2h", RATE_LIMIT_AUTOSAVE: "5/30s" });
  expect(env.TRUST_PROXY).toBe(true);
  expect(env.RATE_LIMIT_REGISTER_PER_ADDRESS).toEqual({ points: 200, duration: 7200 });
  expect(env.RATE_LIMIT_AUTOSAVE).toEqual({ points: 5, duration: 30 });
});

test.each(["60", "60/h", "0/1h", "-1/1h", "60/1d", "lots"])("refuses RATE_LIMIT_REGISTER_PER_ADDRESS=%s at start-up", async (value) => {
  await expect(load({ RATE_LIMIT_REGISTER_PER_ADDRESS: value })).rejects.toThrow(/RATE_LIMIT_REGISTER_PER_ADDRESS/);
});

test("refuses a TRUST_PROXY that is not a yes or no", async () => {
  await expect(load({ TRUST_PROXY: "maybe" })).rejects.toThrow(/TRUST_PROXY/);
});
