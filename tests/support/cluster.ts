// `npm run serve:cluster` as a test fixture: nginx and two instances on a throwaway PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findNginx } from "../../scripts/cluster/nginx";
import { postgresBinDir, startThrowawayPostgres, type ThrowawayPostgres } from "./postgres";

export type ClusterState = { port: number; nginx: number; instances: { port: number; pid: number; state: string }[]; inRotation: number[] };
export type AccessLine = { request_id: string; remote: string; method: string; uri: string; status: number; cache: string; upstream: string; upstream_status: string; upstream_bytes_sent: string };

/** Why the cluster cannot run here, or undefined. In CI a missing part fails the suite instead. */
export function clusterUnavailable(): string | undefined {
  if (!findNginx()) return "nginx is not installed (apt-get install nginx)";
  if (!postgresBinDir()) return "PostgreSQL's server binaries are not installed";
  return undefined;
}

export class TestCluster {
  readonly url: string;
  readonly dir: string;
  private child: ChildProcess | undefined;
  output = "";

  constructor(
    readonly port: number,
    readonly postgres: ThrowawayPostgres,
    private readonly extraEnv: Record<string, string> = {},
  ) {
    this.url = `http://127.0.0.1:${port}`;
    // Outside the private .data directory (0700), which nginx's workers could not enter.
    this.dir = path.join(tmpdir(), `framewise-test-cluster-${port}`);
  }

  static async start(port: number, extraEnv: Record<string, string> = {}): Promise<TestCluster> {
    const cluster = new TestCluster(port, await startThrowawayPostgres(), extraEnv);
    await cluster.launch();
    return cluster;
  }

  private async launch() {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(this.port),
      INSTANCES: "2",
      DATABASE_URL: this.postgres.url,
      FRAMEWISE_DATA_DIR: this.dataDir,
      CLUSTER_DIR: this.dir,
      NEXTAUTH_SECRET: "cluster-test-secret-cluster-test-secret-0000",
      NEXTAUTH_URL: this.url,
      LOG_LEVEL: "info",
      CLUSTER_PROBE_MS: "500",
      NGINX_WORKERS: "1",
      // Spelled out for the rate-limit test (read where lib/env.ts has RATE_LIMIT_*; 10 an hour is also the built-in default).
      RATE_LIMIT_REGISTER_PER_ADDRESS: "10/1h",
      ...this.extraEnv,
    };
    delete env.FRAMEWISE_EPHEMERAL_DB;
    delete env.SMTP_URL; // mail goes to the outbox under dataDir, where sessionCookie reads it
    this.child = spawn(process.execPath, ["--import", "tsx", "scripts/cluster.mts"], { env, stdio: ["ignore", "pipe", "pipe"] });
    this.child.stdout?.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr?.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    const deadline = Date.now() + 240_000;
    while (!this.output.includes("[cluster] ready on")) {
      if (this.child.exitCode !== null) throw new Error(`serve:cluster exited:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`serve:cluster did not get ready:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // nginx starts once one instance is ready; the tests want both.
    while (!this.state().instances.every((i) => i.state === "ready")) {
      if (Date.now() > deadline) throw new Error(`not every instance got ready:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** The instances' FRAMEWISE_DATA_DIR, where their outbox is (no SMTP_URL). */
  get dataDir(): string {
    return path.join(this.dir, "data");
  }

  state(): ClusterState {
    return JSON.parse(readFileSync(path.join(this.dir, "state.json"), "utf8")) as ClusterState;
  }

  /** nginx's access log so far (it flushes every second). */
  accessLog(): AccessLine[] {
    return readFileSync(path.join(this.dir, "access.log"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as AccessLine);
  }

  appLogs(): string {
    return this.state().instances.map((i) => readFileSync(path.join(this.dir, `app-${i.port}.log`), "utf8")).join("\n");
  }

  async stop(): Promise<number | null> {
    const child = this.child;
    if (child && child.exitCode === null) {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }
    this.postgres.destroy();
    return child?.exitCode ?? null;
  }
}
