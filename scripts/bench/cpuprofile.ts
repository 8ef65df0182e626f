// Summarises a V8 .cpuprofile (`node --cpu-prof`): the top frames by self time and by total time
// (time with the frame anywhere on the stack, counted once per sample), and self time per package.
// `npx tsx scripts/bench/cpuprofile.ts FILE [requests] [top]` prints it for any profile.
import { readFileSync } from "node:fs";
import path from "node:path";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const IDLE = new Set(["(idle)", "(program)"]);

/** Where a frame comes from: the package in node_modules, Node itself, or our own code. */
export function packageOf(url: string): string {
  if (!url) return "(native/V8)";
  if (url.startsWith("node:")) return "node internals";
  if (url.startsWith("wasm://")) return "WebAssembly (Prisma query compiler)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.includes("/generated/prisma/")) return "@prisma/client (generated)";
  if (url.includes("/.next/server/")) return ".next/server chunks (app code and bundled packages)";
  return path.relative(process.cwd(), url.replace(/^file:\/\//, ""));
}

const label = (node: Node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "").replace(/^.*node_modules\//, "")}:${lineNumber + 1}` : "";
  return `${functionName || "(anonymous)"} ${where}`.trim();
};

export function summarise(file: string, requests = 0, top = 25): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const packages = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    if (IDLE.has(node.callFrame.functionName)) return void (idle += ms);
    // The profiler's own stop call (scripts/bench/profiler-hook.mjs) is not the app's work.
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (byId.get(at)!.callFrame.url.includes("profiler-hook")) return;
    busy += ms;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    packages.set(packageOf(node.callFrame.url), (packages.get(packageOf(node.callFrame.url)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = label(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });

  const perRequest = (ms: number) => (requests ? ` ${(ms / requests).toFixed(3).padStart(7)} ms/req` : "");
  const rows = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, ms]) => `${((100 * ms) / busy).toFixed(1).padStart(5)}%${perRequest(ms)}  ${key}`)
      .join("\n");
  return [
    `busy ${busy.toFixed(0)} ms, idle ${idle.toFixed(0)} ms${requests ? `, ${requests} requests` : ""}`,
    `\nself time by package:\n${rows(packages, 15)}`,
    `\ntop ${top} frames by self time:\n${rows(self, top)}`,
    `\ntop ${top} frames by total time:\n${rows(total, top)}`,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, requests, top] = process.argv.slice(2);
  if (!file) throw new Error("usage: tsx scripts/bench/cpuprofile.ts FILE [requests] [top]");
  console.log(summarise(file, Number(requests ?? 0), Number(top ?? 25)));
}
