// App instances for the benchmark: `scripts/start.mts` (migrate, build when the sources changed,
// then `next start`), each in its own process group so it can be stopped with everything it spawned.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** `group` is the process group of the instance: start.mts, next start and their children. */
export type Instance = { url: string; port: number; log: string; group: number; stop: () => Promise<void> };

/** The first port from `from` on that nothing listens on. */
export async function freePort(from: number, taken: number[] = []): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    if (taken.includes(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer().once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${from + 199}`);
}

/** `cwd`: the tree whose build it serves (another worktree, to compare two builds side by side). */
export async function startInstance(port: number, env: Record<string, string>, logDir: string, script = "scripts/start.mts", cwd = process.cwd()): Promise<Instance> {
  mkdirSync(logDir, { recursive: true });
  const log = path.join(logDir, `app-${port}.log`);
  const out = createWriteStream(log);
  const child: ChildProcess = spawn(path.resolve(cwd, "node_modules/.bin/tsx"), [script], {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  // Both streams feed one log; neither may close it while the other still writes.
  child.stdout!.pipe(out, { end: false });
  child.stderr!.pipe(out, { end: false });
  let exited = false;
  child.on("exit", () => (exited = true));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    for (let i = 0; i < 50 && !exited; i++) await sleep(100);
    if (!exited) process.kill(-child.pid!, "SIGKILL");
  };

  // The first start may build the app, which takes a minute or two on 2 cores.
  // On a busy shared machine a build can take far longer: BENCH_START_MINUTES (default 15).
  const minutes = Number(process.env.BENCH_START_MINUTES ?? 15);
  const deadline = Date.now() + minutes * 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the app on port ${port} exited; see ${log}:\n${readFileSync(log, "utf8").slice(-2000)}`);
    const ok = await fetch(`${url}/api/ping`).then((r) => r.ok, () => false);
    if (ok) return { url, port, log, group: child.pid!, stop };
    await sleep(250);
  }
  await stop();
  throw new Error(`the app on port ${port} did not answer within ${minutes} minutes; see ${log}`);
}
