import { randomUUID } from "node:crypto";
import Redis from "ioredis";
import { afterAll, expect, test, vi } from "vitest";

// With REDIS_URL, limits live in Redis, so every app instance spends from the same budget.
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
afterAll(() => redis.disconnect());

async function freshInstance() {
  vi.resetModules();
  process.env.REDIS_URL = REDIS_URL;
  process.env.RATE_LIMIT_REGISTER_PER_ADDRESS = "10/1h"; // limits come from the environment
  return import("@/lib/security/rate-limit");
}

test("two instances share one Redis budget: the second refuses what the first used up", async () => {
  const key = `test-${randomUUID()}`;
  const first = await freshInstance();
  const second = await freshInstance();
  expect(first.rateLimit).not.toBe(second.rateLimit);

  for (let i = 0; i < 5; i++) await first.rateLimit("registerPerIp", key);
  for (let i = 0; i < 5; i++) await second.rateLimit("registerPerIp", key);
  const error = await first.rateLimit("registerPerIp", key).catch((e) => e);
  expect(error).toMatchObject({ code: "rate_limited", status: 429 });
  expect(Number(error.headers["Retry-After"])).toBeGreaterThan(0);

  await redis.connect();
  expect(Number(await redis.get(`fw:rl:registerPerIp:${key}`))).toBe(11);
  delete process.env.REDIS_URL;
  delete process.env.RATE_LIMIT_REGISTER_PER_ADDRESS;
});

test("a refund gives a point back, so only what the caller decides counts", async () => {
  const key = `test-${randomUUID()}`;
  const limits = await freshInstance();
  for (let i = 0; i < 10; i++) {
    await limits.rateLimit("registerPerIp", key);
    await limits.refund("registerPerIp", key);
  }
  for (let i = 0; i < 10; i++) await limits.rateLimit("registerPerIp", key);
  await expect(limits.rateLimit("registerPerIp", key)).rejects.toMatchObject({ code: "rate_limited" });
  delete process.env.REDIS_URL;
  delete process.env.RATE_LIMIT_REGISTER_PER_ADDRESS;
});
