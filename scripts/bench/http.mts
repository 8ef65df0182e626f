// GET /api/me/progress over HTTP against a production server (`npm start`'s path: migrate, build
// when sources changed, `next start`) on the benchmark database, as real seeded users whose session
// cookies are minted with the server's secret (scripts/bench/session.ts), so the run never meets the
// sign-in rate limits.
import { spawn, type ChildProcess } from "node:child_process";

export async function startServer(databaseUrl: string, port: number, secret: string): Promise<ChildProcess> {
  const server = spawn("npx", ["tsx", "scripts/start.mts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), FRAMEWISE_DATA_DIR: ".data/bench", NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  server.stdout!.on("data", (d) => (output += d));
  server.stderr!.on("data", (d) => (output += d));
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited:\n${output.slice(-2000)}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/tracks`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not start in 5 minutes:\n${output.slice(-2000)}`);
}

export function stopServer(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, "SIGTERM"); // its own process group: npx, tsx and next
}

/** Sends `requests` sequential GETs round-robin across the users' session `cookies`; returns latencies (ms). */
export async function measureHttp(base: string, cookies: string[], requests: number, log: (m: string) => void): Promise<number[]> {
  log(`${cookies.length} users with minted session cookies`);
  const get = async (cookie: string) => {
    const started = performance.now();
    const response = await fetch(`${base}/api/me/progress`, { headers: { cookie } });
    const body = await response.text();
    if (!response.ok) throw new Error(`GET /api/me/progress: ${response.status} ${body.slice(0, 200)}`);
    return performance.now() - started;
  };
  for (const cookie of cookies) await get(cookie); // warm-up: compile paths, fill caches
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) samples.push(await get(cookies[i % cookies.length]!));
  return samples;
}
