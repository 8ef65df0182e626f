// The app instances behind nginx: each its own process group on an internal port, restarted when
// it dies, polled for readiness (GET /api/health/ready) so nginx only sends traffic to ready ones.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";

export type InstanceState = "starting" | "ready" | "unready" | "stopped";

/** Signed out (or with GET on a POST route), these answer 401 or 405 without touching the database, but load each route's code. */
const WARM_UP_PATHS = ["/api/me/progress", "/api/me/review", "/api/me", "/api/quizzes/flask-philosophy/attempts", "/api/attempts/warmup00000000000000000000/submit"];

/** One production instance: the app's HTTP edge (scripts/serve.mts), as `npm start` runs it. */
const SERVE: [string, string[]] = [process.execPath, ["--import", "tsx", "scripts/serve.mts"]];

export class Instance {
  state: InstanceState = "starting";
  private child: ChildProcess | undefined;
  private stopping = false;
  private restarts = 0;

  constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
    private readonly say: (message: string) => void,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start() {
    const [command, args] = SERVE;
    const out = createWriteStream(this.logFile, { flags: "a" });
    // Its own process group, so stopping it reaches everything it spawned.
    const child = spawn(command, args, { env: { ...this.env, PORT: String(this.port) }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    child.stdout?.pipe(out, { end: false });
    child.stderr?.pipe(out, { end: false });
    this.child = child;
    this.state = "starting";
    child.once("exit", (code, signal) => {
      out.end();
      this.state = "stopped";
      if (this.stopping) return;
      // A crash or a kill from outside: bring it back, a little later each time it keeps dying.
      const delay = Math.min(10_000, 500 * 2 ** Math.min(this.restarts++, 5));
      this.say(`instance :${this.port} exited (${signal ?? `code ${code}`}); restarting in ${delay} ms`);
      setTimeout(() => this.stopping || this.start(), delay).unref();
    });
  }

  /** GET /api/health/ready on the instance itself: 200 within 2 s or not ready. */
  async probe(): Promise<InstanceState> {
    if (this.state === "stopped") return "stopped";
    const ok = await fetch(`http://127.0.0.1:${this.port}/api/health/ready`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) this.restarts = 0;
    if (ok && this.state === "starting") await this.warmUp();
    // It may have exited while the probe was out.
    if (this.child?.exitCode !== null || this.child.signalCode !== null) return this.state;
    this.state = ok ? "ready" : this.state === "starting" ? "starting" : "unready";
    return this.state;
  }

  /**
   * Before a new instance joins: one request to each of the busiest routes, so Next loads their
   * code now rather than on a learner's request. On a busy machine that first load held the event
   * loop long enough for a new database connection's 5 s timeout to fire (a 503 in the kill drill).
   */
  private async warmUp() {
    for (const path of WARM_UP_PATHS)
      await fetch(`http://127.0.0.1:${this.port}${path}`, { signal: AbortSignal.timeout(15_000) }).then(
        (r) => r.arrayBuffer(),
        () => undefined,
      );
  }

  /** SIGTERM: the instance stops accepting, finishes its requests and exits; SIGKILL after `ms`. */
  async stop(ms = 15_000): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    const group = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    };
    group("SIGTERM");
    const timer = setTimeout(() => group("SIGKILL"), ms);
    await exited;
    clearTimeout(timer);
  }
}
