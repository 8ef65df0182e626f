import { expect, test } from "@playwright/test";

test("GET /api/ping answers { ok: true } without a session, rendered per request", async ({ request }) => {
  const response = await request.get("/api/ping");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
  // Dynamic, not prerendered: the benchmark's no-op handler must run the route handler each time.
  expect(response.headers()["x-nextjs-cache"]).toBeUndefined();
});
