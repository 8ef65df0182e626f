// GET /api/me/progress over HTTP against a production server (`npm start`'s path: migrate, build
// when sources changed, `next start`) on the benchmark database, signed in as real seeded users.
import { spawn, type ChildProcess } from "node:child_process";
import { BENCH_PASSWORD } from "./seed.mts";

type Jar = Map<string, string>;
const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
function keep(jar: Jar, response: Response) {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const i = pair!.indexOf("=");
    jar.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
}

async function signIn(base: string, email: string): Promise<Jar> {
  const jar: Jar = new Map();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, json: "true" }),
  });
  keep(jar, response);
  if (![...jar.keys()].some((k) => k.endsWith("session-token"))) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return jar;
}

export async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const server = spawn("npx", ["tsx", "scripts/start.mts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), FRAMEWISE_DATA_DIR: ".data/bench" },
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

/** Signs in `emails`, then sends `requests` sequential GETs round-robin across them; returns latencies (ms). */
export async function measureHttp(base: string, emails: string[], requests: number, log: (m: string) => void): Promise<number[]> {
  const jars = [];
  for (const email of emails) jars.push(await signIn(base, email));
  log(`signed in ${jars.length} users`);
  const get = async (jar: Jar) => {
    const started = performance.now();
    const response = await fetch(`${base}/api/me/progress`, { headers: { cookie: cookieHeader(jar) } });
    const body = await response.text();
    if (!response.ok) throw new Error(`GET /api/me/progress: ${response.status} ${body.slice(0, 200)}`);
    return performance.now() - started;
  };
  for (const jar of jars) await get(jar); // warm-up: compile paths, fill caches
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) samples.push(await get(jars[i % jars.length]!));
  return samples;
}
