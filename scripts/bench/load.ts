// One measurement: warm up, then autocannon at a fixed concurrency for a fixed time.
import { createRequire } from "node:module";
import autocannon from "autocannon";
import { cpuBetween, type CpuSample } from "./cpu.ts";

// autocannon appends every response body to a JavaScript string, for its expectBody, verifyBody
// and onResponse options, which these benchmarks never use (they check one response of each kind
// with fetch before measuring). Decoding 60–80 KB of UTF-8 per response, slower still when the text
// has a few non-ASCII characters (a lesson's "→", "—") or is gzip, cost autocannon 0.3–0.6 ms per
// response: for large responses the load generator, not the server, set the req/s
// (docs/cluster-benchmark.md). Bytes are still counted. BENCH_KEEP_BODIES=1 restores autocannon's own behaviour.
if (process.env.BENCH_KEEP_BODIES !== "1") {
  const queue = createRequire(import.meta.url)("autocannon/lib/pipelinedRequestsQueue.js") as { prototype: { addBody: (data: Buffer) => void } };
  queue.prototype.addBody = () => {};
}

type Method = "GET" | "POST";
/** What varies per request; returning undefined means the prepared requests ran out. */
export type NextRequest = () => { path: string; headers?: Record<string, string>; body?: string } | undefined;

export type Target = {
  name: string;
  /** One URL per app instance; autocannon spreads its connections over them. */
  urls: string[];
  method?: Method;
  path?: string;
  headers?: Record<string, string>;
  next?: NextRequest;
  /** Overrides the run's concurrency, e.g. to see latency without queueing. */
  connections?: number;
};

export type Row = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  ranOut: boolean;
  /** Responses per HTTP status code. */
  statuses: Record<string, number>;
  /** CPU milliseconds per request: app instance(s), PostgreSQL backends, and the load generator. */
  cpu: { app: number; db: number; load: number };
};
export type LoadOptions = { connections: number; seconds: number; warmupSeconds: number };
/** Reads the CPU time used so far by the app's processes and the database's backends. */
export type CpuProbe = () => Promise<{ app: CpuSample; db: CpuSample }>;

function fire(target: Target, connections: number, seconds: number): Promise<autocannon.Result & { ranOut: boolean }> {
  let ranOut = false;
  const setupRequest = (request: autocannon.Request): autocannon.Request => {
    const next = target.next?.();
    if (!next) {
      // autocannon cannot skip a request; stop the run and send a harmless GET meanwhile.
      ranOut = true;
      setImmediate(() => instance.stop());
      return { ...request, method: "GET", path: "/api/ping", body: undefined };
    }
    return { ...request, path: next.path, headers: { ...request.headers, ...next.headers }, body: next.body };
  };
  const options: autocannon.Options = {
    // autocannon accepts several URLs and spreads the connections over them round-robin.
    url: target.urls as unknown as string,
    connections,
    duration: seconds,
    method: target.method ?? "GET",
    headers: target.headers,
    requests: target.next ? [{ method: target.method ?? "GET", setupRequest }] : [{ method: target.method ?? "GET", path: target.path }],
  };
  let instance!: autocannon.Instance;
  return new Promise((resolve, reject) => {
    instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ ...result, ranOut })));
  });
}

export async function measure(target: Target, options: LoadOptions, probe: CpuProbe): Promise<Row> {
  const connections = target.connections ?? options.connections;
  if (options.warmupSeconds > 0) await fire(target, connections, options.warmupSeconds);
  const before = await probe();
  const loadBefore = process.cpuUsage();
  const result = await fire(target, connections, options.seconds);
  const loadCpu = process.cpuUsage(loadBefore);
  const after = await probe();
  const perRequest = (ms: number) => ms / Math.max(1, result.requests.total);
  return {
    name: target.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    ranOut: result.ranOut,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0])),
    cpu: {
      app: perRequest(cpuBetween(before.app, after.app)),
      db: perRequest(cpuBetween(before.db, after.db)),
      load: perRequest((loadCpu.user + loadCpu.system) / 1000),
    },
  };
}
