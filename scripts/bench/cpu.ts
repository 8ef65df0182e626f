// CPU time spent per request by the app and by PostgreSQL, read from /proc (Linux). Unlike req/s,
// CPU per request barely moves when other work shares the machine, so it says where the cost is.
import { readdirSync, readFileSync } from "node:fs";
import type pg from "pg";

const TICK_MS = 10; // USER_HZ is 100 on Linux

type Stat = { pgrp: number; cpuMs: number };

function stat(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after "(comm)": state ppid pgrp … utime(14) stime(15), counted from 1 over the whole line.
    const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { pgrp: Number(rest[2]), cpuMs: (Number(rest[11]) + Number(rest[12])) * TICK_MS };
  } catch {
    return undefined;
  }
}

const allPids = () => {
  try {
    return readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
  } catch {
    return [];
  }
};

export type CpuSample = Map<number, number>;

/** CPU ms so far of every process in the given process groups (an app instance and its children). */
export function sampleGroups(groups: number[]): CpuSample {
  const sample: CpuSample = new Map();
  for (const pid of allPids()) {
    const s = stat(pid);
    if (s && groups.includes(s.pgrp)) sample.set(pid, s.cpuMs);
  }
  return sample;
}

/** CPU ms so far of the PostgreSQL backends serving `database` (PostgreSQL on this machine only). */
export async function sampleBackends(client: pg.Client, database: string): Promise<CpuSample> {
  const { rows } = await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database]);
  const sample: CpuSample = new Map();
  for (const { pid } of rows) {
    const s = stat(pid);
    if (s) sample.set(pid, s.cpuMs);
  }
  return sample;
}

/** CPU ms between two samples; processes that appeared in between count from zero. */
export function cpuBetween(before: CpuSample, after: CpuSample): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** CPU ms so far of `pid` and its direct children (nginx's master and its workers). */
export function sampleTree(pid: number): CpuSample {
  const sample: CpuSample = new Map();
  for (const p of allPids()) {
    let parent = -1;
    try {
      const text = readFileSync(`/proc/${p}/stat`, "utf8");
      parent = Number(text.slice(text.lastIndexOf(")") + 2).split(" ")[1]);
    } catch {
      continue;
    }
    const s = p === pid || parent === pid ? stat(p) : undefined;
    if (s) sample.set(p, s.cpuMs);
  }
  return sample;
}
