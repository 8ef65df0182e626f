// The printed table and the ratios the issue asks for.
import type { Row } from "./load.ts";

const pad = (s: string, n: number, right = false) => (right ? s.padStart(n) : s.padEnd(n));

export function table(rows: Row[]): string {
  const head = ["Target", "req/s", "p50 ms", "p99 ms", "non-2xx", "CPU ms/req: app", "PostgreSQL", "autocannon"];
  const body = rows.map((r) => [
    r.name + (r.ranOut ? " (ran out of prepared requests)" : ""),
    r.rps.toFixed(0),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    String(r.non2xx + r.errors),
    r.cpu.app.toFixed(2),
    r.cpu.db.toFixed(2),
    r.cpu.load.toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i]!, i > 0)).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i > 0 ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|")}|`;
  return [line(head), rule, ...body.map(line)].join("\n");
}

export type Ratio = { label: string; value: number; target: number };

export const ratio = (label: string, numerator: Row, denominator: Row, target: number): Ratio => ({ label, value: numerator.rps / denominator.rps, target });

export function ratioLines(ratios: Ratio[], extra: string[] = []): string {
  const lines = ratios.map((r) => `- ${r.label}: ${r.value.toFixed(2)} (target ≥ ${r.target}) ${r.value >= r.target ? "met" : "MISSED"}`);
  return [...lines, ...extra.map((e) => `- ${e}`)].join("\n");
}

/** App CPU per request of `row` over the no-op handler's: our own work against the floor Next sets. */
export type CpuRatio = { label: string; value: number; max: number };

export const cpuRatio = (label: string, row: Row, floor: Row, max: number): CpuRatio => ({ label, value: row.cpu.app / Math.max(floor.cpu.app, 1e-9), max });

export function cpuRatioLines(ratios: CpuRatio[]): string {
  return ratios.map((r) => `- ${r.label}: ${r.value.toFixed(2)}× the no-op handler's app CPU (target ≤ ${r.max}×) ${r.value <= r.max ? "met" : "MISSED"}`).join("\n");
}

/** Every non-2xx status and error of a row, so none goes unexplained. */
export function nonSuccessLines(rows: Row[]): string[] {
  return rows
    .filter((r) => r.non2xx + r.errors > 0)
    .map((r) => `${r.name}: ${Object.entries(r.statuses).filter(([code]) => !code.startsWith("2")).map(([code, n]) => `${n}× ${code}`).join(", ") || "no non-2xx status"}${r.errors ? `, ${r.errors} connection errors/timeouts (closed by the load generator at the end of the run, or refused)` : ""}`);
}
