import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { gunzipSync } from "node:zlib";
import { clusterUnavailable, TestCluster } from "../support/cluster";
import { randomLoopback, send, sessionCookie } from "../support/cluster-http";
import { expect, test } from "../support/fixtures";
import { catalog, PASSWORD, uniqueEmail } from "../support/http";

// `npm run serve:cluster` itself: nginx (deploy/nginx.conf) in front of two instances, on a
// PostgreSQL server this file owns. In CI nginx and PostgreSQL are installed by .ci/run, so a
// missing one fails there instead of skipping.
const missing = clusterUnavailable();
test.skip(!!missing && !process.env.CI, `the cluster needs ${missing}`);
test.describe.configure({ mode: "serial" });

const port = Number(process.env.E2E_PORT ?? 3100) + 90;
const REGISTER_LIMIT = 10; // registrations per address per hour (lib/security/rate-limit.ts)
let cluster: TestCluster;
const lessons = catalog.tracks.flatMap((t) => t.lessons.map((l) => `/learn/${t.slug}/${l.slug}`));

test.beforeAll(async () => {
  test.setTimeout(300_000);
  if (missing) throw new Error(`the cluster needs ${missing}`);
  cluster = await TestCluster.start(port);
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await cluster?.stop();
});

test("health: live needs nothing, ready checks the database; both reach the instances through nginx", async () => {
  const live = await send(port, "GET", "/api/health/live");
  expect(live.status, `${live.body}\n${cluster.appLogs().slice(-3000)}`).toBe(200);
  expect(JSON.parse(live.body)).toEqual({ status: "live" });
  const ready = await send(port, "GET", "/api/health/ready");
  expect(ready.status).toBe(200);
  expect(JSON.parse(ready.body)).toMatchObject({ status: "ready", checks: { database: "ok" } });
  expect(cluster.state().inRotation).toHaveLength(2);
  // The JSON API never goes through nginx's page cache (no lookup, so no lock to wait on either).
  expect(live.headers["x-cache-status"] ?? "").toBe("");
});

test("static files come from disk with immutable caching; a prerendered page is served from nginx's cache after the first request", async () => {
  const path = lessons[0]!;
  const first = await send(port, "GET", path);
  expect(first.status).toBe(200);
  expect(first.headers["x-cache-status"]).toMatch(/MISS|EXPIRED/);
  const second = await send(port, "GET", path);
  expect(second.headers["x-cache-status"]).toBe("HIT");
  expect(second.body).toBe(first.body);
  // A cached page keeps its security headers, but the request id is this request's.
  expect(second.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
  expect(second.headers["x-request-id"]).not.toBe(first.headers["x-request-id"]);

  const asset = /\/_next\/static\/[^"'?]+\.css/.exec(first.body)?.[0];
  expect(asset).toBeTruthy();
  const css = await send(port, "GET", asset!);
  expect(css.status).toBe(200);
  expect(css.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(css.headers["content-type"]).toContain("text/css");
  // From disk: the instances never saw it (nginx logs which instance served each proxied request).
  expect(cluster.accessLog().filter((l) => l.uri === asset && l.upstream !== "")).toEqual([]);
});

/** A GET whose body stays bytes (gzip), from a fresh connection. */
function getRaw(path: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

test("clients that take gzip get a page compressed from nginx's cache and static files precompressed; others get them plain", async () => {
  const path = lessons[1]!;
  const gzip = { "accept-encoding": "gzip, deflate, br" };
  const first = await getRaw(path, gzip);
  expect(first.status).toBe(200);
  expect(first.headers["x-cache-status"]).toMatch(/MISS|EXPIRED/);
  expect(first.headers["content-encoding"]).toBe("gzip");
  const second = await getRaw(path, gzip);
  expect(second.headers["x-cache-status"]).toBe("HIT");
  expect(second.headers["content-encoding"]).toBe("gzip");
  // The same page as a client without gzip gets it (its own cache entry), and with the same headers that matter.
  const plain = await getRaw(path, {});
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect((await getRaw(path, {})).headers["x-cache-status"]).toBe("HIT");
  expect(gunzipSync(second.body).toString("utf8")).toBe(plain.body.toString("utf8"));
  expect(second.headers["content-security-policy"]).toBe(plain.headers["content-security-policy"]);
  // nginx keys its cache on every header the instances vary on instead of keeping Vary variants
  // (proxy_ignore_headers Vary): a header Next starts to vary on must join the key first.
  const keyed = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "accept-encoding"];
  // (An RSC request without Next's `_rsc` cache-busting parameter is redirected to `?_rsc`.)
  const rsc = await getRaw(`${path}?_rsc`, { rsc: "1" });
  expect(rsc.headers["content-type"]).toContain("text/x-component");
  for (const reply of [plain, rsc]) {
    const vary = String(reply.headers.vary ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
    expect(vary.length).toBeGreaterThan(0);
    expect(vary.filter((h) => !keyed.includes(h))).toEqual([]);
  }
  // "gzip;q=0" refuses gzip.
  expect((await getRaw(path, { "accept-encoding": "gzip;q=0, br" })).headers["content-encoding"]).toBeUndefined();

  const asset = /\/_next\/static\/[^"'?]+\.css/.exec(plain.body.toString("utf8"))?.[0];
  expect(asset).toBeTruthy();
  const css = await getRaw(asset!, gzip);
  expect(css.headers["content-encoding"]).toBe("gzip");
  // The .gz file written at start (gzip_static): its length is known, as a file's is.
  expect(Number(css.headers["content-length"])).toBe(css.body.length);
  expect(gunzipSync(css.body)).toEqual((await getRaw(asset!, {})).body);
});

test("no page with a session cookie is ever cached, nor any response that sets a cookie", async () => {
  test.setTimeout(120_000);
  const { cookie, email } = await sessionCookie(port, cluster.dataDir);
  const chunked = `next-auth.session-token.0=${cookie.split("=").slice(1).join("=")}`;
  // Every page a learner can reach, signed in: never answered from the cache, even once the page is in it.
  for (const path of ["/", "/choose", "/dashboard", ...lessons]) {
    await send(port, "GET", path); // anonymous: may fill the cache
    for (const sessionHeader of [cookie, `theme=dark; ${cookie}`, chunked]) {
      const signedIn = await send(port, "GET", path, { headers: { cookie: sessionHeader } });
      expect([200, 307], `${path}: ${signedIn.status}`).toContain(signedIn.status);
      expect(signedIn.headers["x-cache-status"], path).toBe("BYPASS");
    }
  }
  // Nor stored: a page first requested with a session is fetched afresh for the next visitor.
  const fresh = lessons.at(-1)!;
  await send(port, "GET", `${fresh}?signed-in-first`, { headers: { cookie } });
  expect((await send(port, "GET", `${fresh}?signed-in-first`)).headers["x-cache-status"]).toMatch(/MISS|EXPIRED/);
  // The dashboard is someone's: the next visitor without a session is sent to sign in, never shown it.
  const dashboard = await send(port, "GET", "/dashboard", { headers: { cookie } });
  expect(dashboard.body).toContain("Cluster Learner");
  const anonymous = await send(port, "GET", "/dashboard");
  expect(anonymous.body).not.toContain(email);
  expect(anonymous.body).not.toContain("Cluster Learner");
  // Responses that set a cookie (next-auth's CSRF token) are never stored.
  const tokens = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const csrf = await send(port, "GET", "/api/auth/csrf");
    expect(csrf.headers["set-cookie"]).toBeTruthy();
    expect(csrf.headers["x-cache-status"]).not.toBe("HIT");
    tokens.add(JSON.parse(csrf.body).csrfToken);
  }
  expect(tokens.size).toBe(3);
});

test("a client's own X-Forwarded-For never reaches the rate limiter", async () => {
  test.setTimeout(180_000);
  const client = randomLoopback();
  const victim = randomLoopback();
  let n = 0;
  const register = (from: string, forwardedFor: string) =>
    send(port, "POST", "/api/register", { from, headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor, forwarded: `for=${forwardedFor}`, "x-real-ip": forwardedFor }, body: JSON.stringify({ email: uniqueEmail("xff"), password: PASSWORD }) });
  // One client rotating forged addresses still runs out of its own budget (RATE_LIMIT_REGISTER_PER_ADDRESS).
  const statuses: number[] = [];
  while (statuses.at(-1) !== 429 && statuses.length < 130) statuses.push((await register(client, `198.51.100.${(n++ % 250) + 1}`)).status);
  expect(statuses.at(-1)).toBe(429);
  expect(statuses.slice(0, -1).every((s) => s === 202), statuses.join(",")).toBe(true);
  // The limit is per address across instances (Redis), or per instance without Redis.
  expect(statuses.length).toBeLessThanOrEqual(2 * REGISTER_LIMIT + 1);
  // Naming the exhausted address from elsewhere spends the sender's budget, not the victim's…
  expect((await register(victim, client)).status).toBe(202);
  // …and the exhausted client stays limited whatever it claims to be.
  expect((await register(client, victim)).status).toBe(429);
});

test("X-Request-Id is passed to the instance and returned; a malformed one is replaced by nginx's", async () => {
  const id = `cluster-${Date.now()}`;
  const reply = await send(port, "GET", "/api/me/progress", { headers: { "x-request-id": id } });
  expect(reply.status).toBe(401);
  expect(reply.headers["x-request-id"]).toBe(id);
  await expect.poll(() => cluster.appLogs().includes(`"requestId":"${id}"`), { timeout: 10_000 }).toBe(true);
  const bad = await send(port, "GET", "/api/health/live", { headers: { "x-request-id": "no spaces allowed here" } });
  expect(bad.headers["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
});

test("bodies over the app's 64 KiB cap stop at nginx with the API's JSON error; smaller ones reach the app", async () => {
  const big = await send(port, "POST", "/api/register", { from: randomLoopback(), headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "x".repeat(70 * 1024) }) });
  expect(big.status).toBe(413);
  expect(JSON.parse(big.body)).toEqual({ error: { code: "payload_too_large", message: expect.any(String) } });
  // nginx flushes its access log every second: wait for the line rather than race it.
  await expect.poll(() => cluster.accessLog().find((l) => l.status === 413)?.upstream, { timeout: 5_000 }).toBe("");
  // Within nginx's cap, the body reaches an instance, and the route's own cap answers (4 KiB for registration).
  const id = `fits-${Date.now()}`;
  const fits = await send(port, "POST", "/api/register", { from: randomLoopback(), headers: { "content-type": "application/json", "x-request-id": id }, body: JSON.stringify({ email: "x".repeat(60 * 1024) }) });
  expect(fits.status).toBe(413);
  expect(JSON.parse(fits.body).error.message).toContain("4096 bytes");
  await expect.poll(() => cluster.accessLog().find((l) => l.request_id === id)?.upstream, { timeout: 5_000 }).toMatch(/^127\.0\.0\.1:\d+$/);
});

test("drill: one of two instances killed mid-load; requests keep succeeding, no submit is sent twice, it rejoins", async () => {
  test.setTimeout(240_000);
  const users = await Promise.all([sessionCookie(port, cluster.dataDir), sessionCookie(port, cluster.dataDir)]);
  // Open attempts to submit during the drill: one per (user, quiz).
  const quizIds = catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz.id)).slice(0, 15);
  const attempts: { id: string; cookie: string }[] = [];
  for (const { cookie } of users)
    for (const quizId of quizIds) {
      const started = await send(port, "POST", `/api/quizzes/${quizId}/attempts`, { headers: { cookie } });
      expect(started.status).toBe(201);
      attempts.push({ id: JSON.parse(started.body).attempt.id, cookie });
    }

  const [victim, survivor] = cluster.state().instances;
  // Each read says whether it began before the kill, and how it ended: a status, or the error of a
  // read that got no whole answer (status 0).
  const reads: { status: number; error?: string; startedBeforeKill: boolean; ms: number }[] = [];
  const submits: { id: string; status: number; requestId: string }[] = [];
  let stop = false;
  let killed = false;
  const reader = async (cookie: string) => {
    while (!stop) {
      const startedBeforeKill = !killed;
      const began = performance.now();
      const read = await send(port, "GET", "/api/me/progress", { headers: { cookie } }).then((r) => ({ status: r.status }), (e: Error) => ({ status: 0, error: e.message }));
      reads.push({ ...read, startedBeforeKill, ms: Math.round(performance.now() - began) });
    }
  };
  const submitter = async () => {
    for (let a = attempts.shift(); a && !stop; a = attempts.shift()) {
      const requestId = `drill-${a.id}`;
      const reply = await send(port, "POST", `/api/attempts/${a.id}/submit`, { headers: { cookie: a.cookie, "x-request-id": requestId, "content-type": "application/json" }, body: JSON.stringify({ answers: [] }) }).catch(() => ({ status: 0 }));
      submits.push({ id: a.id, status: reply.status, requestId });
      await sleep(50);
    }
  };
  const load = Promise.all([reader(users[0]!.cookie), reader(users[1]!.cookie), reader(users[0]!.cookie), submitter(), submitter()]);
  await expect.poll(() => submits.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
  killed = true;
  process.kill(-victim!.pid, "SIGKILL"); // a crash: no draining
  const killedAt = reads.length;
  await expect.poll(() => cluster.state().instances[0]!.pid !== victim!.pid, { timeout: 30_000 }).toBe(true);
  await expect.poll(() => cluster.state().inRotation.length, { timeout: 90_000 }).toBe(2);
  await sleep(1_100); // nginx flushes its access log every second
  const beforeRejoin = cluster.accessLog().length;
  await sleep(3_000);
  stop = true;
  await load;

  // Reads (idempotent) are retried on the survivor when the killed instance had not answered yet.
  // One whose answer had begun cannot be: nginx has already passed its status line on, so the
  // client sees that answer cut off. Only a read in flight at the kill may end so (one per reader
  // at most); every read sent after it succeeded, and no read got an error status.
  expect(reads.length).toBeGreaterThan(killedAt);
  const failed = reads.filter((r) => r.status !== 200);
  const detail = `${reads.length} reads; not 200: ${JSON.stringify(failed)}`;
  expect(failed.filter((r) => !r.startedBeforeKill || r.status !== 0), detail).toEqual([]);
  expect(failed.length, detail).toBeLessThanOrEqual(3);
  // Submits: a submit in flight on the killed instance may fail (503, never retried elsewhere);
  // none is ever delivered twice, which the survivor would answer with 409.
  expect(submits.filter((s) => s.status === 409)).toEqual([]);
  expect(submits.filter((s) => s.status !== 200 && s.status !== 503)).toEqual([]);
  expect(submits.filter((s) => s.status === 503).length).toBeLessThanOrEqual(2);
  expect(submits.filter((s) => s.status === 200).length).toBeGreaterThan(4);
  await sleep(1_500); // nginx flushes its access log every second
  const log = cluster.accessLog();
  for (const line of log.filter((l) => l.method === "POST" && l.uri.includes("/submit"))) {
    const sent = line.upstream_bytes_sent.split(",").map((b) => Number(b.trim()));
    // A second instance is only ever tried when nothing reached the first.
    expect(sent.slice(0, -1).every((b) => b === 0), JSON.stringify(line)).toBe(true);
  }
  // The restarted instance serves traffic again.
  const victimAddress = `127.0.0.1:${victim!.port}`;
  expect(log.slice(beforeRejoin).some((l) => l.upstream.split(", ").at(-1) === victimAddress), "restarted instance got traffic").toBe(true);
  expect(log.some((l) => l.upstream.includes(`127.0.0.1:${survivor!.port}`))).toBe(true);
});

test("drill: PostgreSQL stops; readiness turns 503, learners get the calm page and 503 JSON; all recovers", async ({ browser }) => {
  test.setTimeout(180_000);
  const { cookie } = await sessionCookie(port, cluster.dataDir);
  const lesson = lessons[1]!;
  await send(port, "GET", lesson); // in nginx's cache

  cluster.postgres.stop();
  await expect.poll(async () => (await send(port, "GET", "/api/health/ready")).status, { timeout: 30_000 }).toBe(503);
  const ready = JSON.parse((await send(port, "GET", "/api/health/ready")).body);
  expect(ready).toMatchObject({ error: { code: "unavailable" }, checks: { database: "down" } });
  await expect.poll(() => cluster.state().instances.every((i) => i.state === "unready"), { timeout: 30_000 }).toBe(true);
  // No instance is ready, so none is taken out: the app's own calm answers reach learners.
  expect(cluster.state().inRotation).toHaveLength(2);
  const progress = await send(port, "GET", "/api/me/progress", { headers: { cookie } });
  expect(progress.status).toBe(503);
  expect(JSON.parse(progress.body).error).toMatchObject({ code: "unavailable", message: expect.stringContaining("temporarily unavailable") });
  expect((await send(port, "GET", lesson)).status).toBe(200);
  const context = await browser.newContext();
  await context.addCookies([{ name: "next-auth.session-token", value: cookie.split("=").slice(1).join("="), url: cluster.url }]);
  const page = await context.newPage();
  await page.goto(`${cluster.url}/dashboard`);
  await expect(page.getByRole("heading", { name: /temporarily unavailable/ })).toBeVisible();

  cluster.postgres.start();
  await expect.poll(async () => (await send(port, "GET", "/api/health/ready")).status, { timeout: 60_000 }).toBe(200);
  await expect.poll(() => cluster.state().instances.every((i) => i.state === "ready"), { timeout: 30_000 }).toBe(true);
  expect((await send(port, "GET", "/api/me/progress", { headers: { cookie } })).status).toBe(200);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Progress by track" })).toBeVisible();
  await context.close();
});

test("SIGTERM stops nginx and every instance", async () => {
  const { instances, nginx } = cluster.state();
  const code = await cluster.stop();
  expect(code).toBe(0);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  expect([nginx, ...instances.map((i) => i.pid)].filter(alive)).toEqual([]);
  expect(await send(port, "GET", "/api/health/live").then(() => "up", () => "down")).toBe("down");
});
