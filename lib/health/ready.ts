import "server-only";
import Redis from "ioredis";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/** How long a dependency may take to answer before the instance counts as not ready. */
export const READY_TIMEOUT_MS = 1_000;

export type CheckState = "ok" | "down" | "not_configured";
export type Readiness = { ready: boolean; checks: { database: CheckState; redis: CheckState } };

let redis: Redis | undefined;
let inFlight: Promise<Readiness> | undefined;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const state = (work: Promise<unknown>): Promise<CheckState> =>
  withTimeout(work, READY_TIMEOUT_MS).then(
    () => "ok" as const,
    () => "down" as const,
  );

function pingRedis(url: string): Promise<unknown> {
  // A connection of its own: failing fast here must not change how rate limits behave.
  redis ??= new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: READY_TIMEOUT_MS });
  redis.on("error", () => {}); // the check reports it
  const client = redis;
  return client.status === "wait" || client.status === "end" ? client.connect().then(() => client.ping()) : client.ping();
}

async function check(): Promise<Readiness> {
  const [database, redisState] = await Promise.all([
    state(db.$queryRaw`SELECT 1`),
    env.REDIS_URL ? state(pingRedis(env.REDIS_URL)) : Promise.resolve<CheckState>("not_configured"),
  ]);
  return { ready: database === "ok" && redisState !== "down", checks: { database, redis: redisState } };
}

/**
 * Can this instance serve learners? PostgreSQL (and Redis, when REDIS_URL is set) must answer
 * within READY_TIMEOUT_MS. Concurrent probes share one check, so a burst of them costs one query.
 */
export function getReadiness(): Promise<Readiness> {
  inFlight ??= check().finally(() => (inFlight = undefined));
  return inFlight;
}
