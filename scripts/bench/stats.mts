// Percentiles and a plain-text table for the benchmark's output.

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export type Row = { label: string; samples: number[]; queries?: number[] };

export function table(rows: Row[]): string {
  const head = ["measurement", "n", "p50 ms", "p95 ms", "p99 ms", "max ms", "queries/req"];
  const body = rows.map(({ label, samples, queries }) => {
    const sorted = [...samples].sort((a, b) => a - b);
    const q = queries?.length ? [...new Set(queries)].sort((a, b) => a - b).join("–") : "n/a";
    return [label, String(samples.length), ...[50, 95, 99, 100].map((p) => percentile(sorted, p).toFixed(2)), q];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|")}|`, ...body.map(line)].join("\n");
}
