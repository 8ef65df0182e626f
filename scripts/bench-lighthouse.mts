// `npm run bench:lighthouse`: Lighthouse (mobile, its default simulated throttling) on the catalog `/`
// and a lesson page of a production build, served the way `npm start` serves it (builds first when the
// sources changed; embedded database unless DATABASE_URL is set). Prints the performance and best
// practices scores with LCP, TBT and the JavaScript bytes; the median of BENCH_LIGHTHOUSE_RUNS runs
// (default 3) per page. Simulated timings still depend on the machine's load: it prints `uptime` too,
// and Lighthouse's own measure of the machine's speed (its benchmark index, median per page; a quiet
// machine of this kind scores several times higher than a loaded one). Every run's full report is kept
// as JSON in .data/lighthouse/reports/ (page-run.json), for reading the audits behind the scores.
// BENCH_LIGHTHOUSE_CPU sets Lighthouse's simulated CPU slowdown (default 4): the simulation multiplies
// the main-thread time it observed by it, so on a machine k times faster than the one a figure came
// from, 4·k reproduces that figure's conditions (compare the benchmark index). Under the table, each
// page's long tasks in its median run (simulated ms, by script) show what the blocking time is made of.
// Nothing here asserts a score: figures for docs/performance.md.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { readCatalog } from "../lib/content/read.ts";
import { freePort, startInstance } from "./bench/server.ts";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CPU = process.env.BENCH_LIGHTHOUSE_CPU ? Number(process.env.BENCH_LIGHTHOUSE_CPU) : undefined;
const log = (message: string) => console.error(`[lighthouse] ${message}`);
const uptime = () => execFileSync("uptime", { encoding: "utf8" }).trim();

const { catalog } = readCatalog(path.resolve("content"));
const lesson = catalog.tracks.find((t) => t.slug === "flask")?.lessons[0] ?? catalog.tracks[0]!.lessons[0]!;
const pages = [
  { name: "catalog /", file: "catalog", path: "/" },
  { name: `lesson /learn/${lesson.track}/${lesson.slug}`, file: "lesson", path: `/learn/${lesson.track}/${lesson.slug}` },
];

const reports = path.resolve(".data/lighthouse/reports");
mkdirSync(reports, { recursive: true });

type Result = { benchmarkIndex: number; performance: number; bestPractices: number; fcp: number; lcp: number; tbt: number; cls: number; si: number; jsBytes: number; totalBytes: number; issues: string[]; longTasks: string };

/** One Lighthouse run: the numbers this benchmark reports, and the best-practices audits that failed. */
async function run(url: string, port: number, report: string): Promise<Result> {
  const throttling = CPU ? { throttling: { cpuSlowdownMultiplier: CPU } } : {};
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "best-practices"], ...throttling });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  writeFileSync(report, JSON.stringify(lhr));
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const summary = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const bytes = (type: string) => summary.find((i) => i.resourceType === type)?.transferSize ?? 0;
  const issues = (lhr.categories["best-practices"]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title}`);
  const tasks = (lhr.audits["long-tasks"]?.details as { items?: { url: string; duration: number }[] } | undefined)?.items ?? [];
  const longTasks = tasks.map((t) => `${t.url.split("/").pop() || t.url} ${Math.round(t.duration)}`).join(", ");
  return {
    benchmarkIndex: lhr.environment.benchmarkIndex,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    bestPractices: Math.round((lhr.categories["best-practices"]?.score ?? 0) * 100),
    fcp: numeric("first-contentful-paint"),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    si: numeric("speed-index"),
    jsBytes: bytes("script"),
    totalBytes: bytes("total"),
    issues,
    longTasks,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const port = await freePort(Number(process.env.BENCH_PORT ?? 3800));
log(`starting the app on port ${port} (builds first if the sources changed)…`);
const instance = await startInstance(port, { FRAMEWISE_DATA_DIR: ".data/lighthouse", ...(process.env.DATABASE_URL ? {} : { FRAMEWISE_EPHEMERAL_DB: "1" }) }, path.resolve(".data/lighthouse"));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const rows: string[] = [];
  const tasks: string[] = [];
  log(`uptime before: ${uptime()}`);
  for (const page of pages) {
    const url = instance.url.replace("127.0.0.1", "localhost") + page.path;
    await fetch(url); // the first request of a page warms Next's caches; Lighthouse should not pay for it
    const results: Result[] = [];
    for (let i = 0; i < RUNS; i++) {
      log(`${page.name}: run ${i + 1} of ${RUNS}…`);
      results.push(await run(url, chrome.port, path.join(reports, `${page.file}-${i + 1}.json`)));
    }
    const m = (key: keyof Omit<Result, "issues" | "longTasks">) => median(results.map((r) => r[key]));
    rows.push(
      `| ${page.name.padEnd(42)} | ${String(m("performance")).padStart(4)} | ${String(m("bestPractices")).padStart(4)} | ${(m("fcp") / 1000).toFixed(2).padStart(5)} | ${(m("lcp") / 1000).toFixed(2).padStart(5)} | ${m("tbt").toFixed(0).padStart(5)} | ${m("cls").toFixed(3)} | ${(m("si") / 1000).toFixed(2).padStart(5)} | ${(m("jsBytes") / 1024).toFixed(1).padStart(6)} | ${(m("totalBytes") / 1024).toFixed(1).padStart(6)} | ${m("benchmarkIndex").toFixed(0).padStart(5)} |`,
    );
    const medianRun = results.find((r) => r.performance === m("performance"))!;
    tasks.push(`${page.name}: perf per run ${results.map((r) => r.performance).join(" ")}; long tasks of a median run (simulated ms): ${medianRun.longTasks || "none"}`);
    const issues = [...new Set(results.flatMap((r) => r.issues))];
    if (issues.length) rows.push(`|   best practices not met: ${issues.join("; ")}`);
  }
  console.log(`\nLighthouse 12 (mobile, simulated throttling${CPU ? `, CPU slowdown ${CPU}` : ""}), median of ${RUNS} runs per page:\n`);
  console.log("| page                                       | perf | b.p. | FCP s | LCP s | TBT ms | CLS   | SI s  | JS KiB | all KiB | bench |");
  console.log("|--------------------------------------------|-----:|-----:|------:|------:|-------:|-------|------:|-------:|--------:|------:|");
  console.log(rows.join("\n"));
  console.log(`\n${tasks.join("\n")}`);
  console.log(`\n${uptime()}`);
} finally {
  chrome.kill();
  await instance.stop();
}
