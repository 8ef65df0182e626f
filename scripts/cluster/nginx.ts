// nginx in front of the instances: the template deploy/nginx.conf filled in, run in the foreground
// as a child of the cluster script, reloaded (SIGHUP, graceful) when the set of ready instances changes.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { constants, gzipSync } from "node:zlib";

export type Upstream = { port: number; down: boolean };
export type NginxSettings = { port: number; runtime: string; staticDir: string; deployDir: string; buildId: string; workers?: number };

/** The template with every {{PLACEHOLDER}} replaced; throws on any that is left. */
export function renderNginxConf(template: string, settings: NginxSettings, upstreams: Upstream[]): string {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const values: Record<string, string> = {
    // As root, the master binds and reads the config; workers drop to nobody.
    USER: root ? "user nobody nogroup;" : "",
    WORKERS: settings.workers ? String(settings.workers) : "auto",
    RUNTIME: settings.runtime,
    PORT: String(settings.port),
    STATIC: settings.staticDir,
    DEPLOY: settings.deployDir,
    BUILD_ID: settings.buildId,
    UPSTREAMS: upstreams.map((u) => `    server 127.0.0.1:${u.port} max_fails=1 fail_timeout=2s${u.down ? " down" : ""};`).join("\n"),
  };
  const text = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => values[name] ?? whole);
  const left = /\{\{[A-Z_]+\}\}/.exec(text);
  if (left) throw new Error(`deploy/nginx.conf: unknown placeholder ${left[0]}`);
  return text;
}

/**
 * Writes `name.gz` next to every compressible file of at least 1 KiB under `dir` (Next's
 * .next/static) that has none yet or an older one, for nginx's `gzip_static`: a client that takes
 * gzip then costs nginx a file, not a compression (~1 ms of CPU per 60 KB). Returns how many it wrote.
 */
export function precompressStatic(dir: string): number {
  let written = 0;
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const file = path.join(current, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(css|js|mjs|json|svg|txt)$/.test(entry.name)) {
        const stat = statSync(file);
        if (stat.size < 1024) continue;
        const gz = `${file}.gz`;
        if (existsSync(gz) && statSync(gz).mtimeMs >= stat.mtimeMs) continue;
        writeFileSync(gz, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
        written++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return written;
}

export function findNginx(): string | undefined {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"])
    if (candidate && existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return which.status === 0 ? which.stdout.trim() || undefined : undefined;
}

export class Nginx {
  private child: ChildProcess | undefined;
  readonly confFile: string;

  constructor(
    private readonly binary: string,
    private readonly template: string,
    private readonly settings: NginxSettings,
  ) {
    this.confFile = path.join(settings.runtime, "nginx.conf");
  }

  private write(upstreams: Upstream[]) {
    writeFileSync(this.confFile, renderNginxConf(this.template, this.settings, upstreams));
  }

  /** Checks the configuration (nginx -t), then runs nginx in the foreground. */
  async start(upstreams: Upstream[]): Promise<void> {
    const { runtime } = this.settings;
    rmSync(path.join(runtime, "cache"), { recursive: true, force: true }); // a new start serves the new build
    for (const dir of ["tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi", "cache"]) {
      mkdirSync(path.join(runtime, dir), { recursive: true });
      if (process.getuid?.() === 0) chownSync(path.join(runtime, dir), uidOf("nobody"), gidOf("nogroup"));
    }
    this.write(upstreams);
    const test = spawnSync(this.binary, ["-t", "-q", "-e", path.join(runtime, "error.log"), "-c", this.confFile], { encoding: "utf8" });
    if (test.status !== 0) throw new Error(`nginx rejected ${this.confFile}:\n${test.stderr}`);
    // Its own process group: Ctrl-C reaches only the script, which drains nginx (SIGQUIT) rather
    // than letting the terminal's SIGINT stop it fast.
    this.child = spawn(this.binary, ["-e", path.join(runtime, "error.log"), "-c", this.confFile, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"], detached: true });
    this.child.once("exit", (code, signal) => this.onExit?.(code, signal));
  }

  onExit?: (code: number | null, signal: NodeJS.Signals | null) => void;

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** New upstream states; nginx re-reads its configuration without dropping a request. */
  reload(upstreams: Upstream[]) {
    this.write(upstreams);
    this.child?.kill("SIGHUP");
  }

  /** Graceful stop: no new connections, requests in progress finish (SIGQUIT), cut after `ms`. */
  async stop(ms = 15_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGQUIT");
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    await exited;
    clearTimeout(timer);
  }
}

function idFrom(file: string, name: string): number {
  const line = readFileSync(file, "utf8").split("\n").find((l) => l.startsWith(`${name}:`));
  return Number(line?.split(":")[2] ?? 65534);
}
const uidOf = (name: string) => idFrom("/etc/passwd", name);
const gidOf = (name: string) => idFrom("/etc/group", name);
