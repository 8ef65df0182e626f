import { expect, test } from "../support/fixtures";

test("GET /api/health/live answers without touching anything, never cached", async ({ request }) => {
  const response = await request.get("/api/health/live");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "live" });
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("GET /api/health/ready checks PostgreSQL (and Redis when configured) and says so", async ({ request }) => {
  const response = await request.get("/api/health/ready");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toEqual({ status: "ready", checks: { database: "ok", redis: process.env.REDIS_URL ? "ok" : "not_configured" } });
  expect(response.headers()["cache-control"]).toContain("no-store");
  // Probes in a burst share one check and all agree.
  const burst = await Promise.all(Array.from({ length: 10 }, () => request.get("/api/health/ready")));
  expect(burst.map((r) => r.status())).toEqual(Array(10).fill(200));
});
