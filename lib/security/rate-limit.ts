import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** Points per window; each request spends one. */
export const LIMITS = {
  signInPerIp: { points: 30, duration: 15 * 60 },
  signInPerAccount: { points: 10, duration: 15 * 60 },
  registerPerIp: { points: 10, duration: 60 * 60 },
  attemptStartPerUser: { points: 60, duration: 60 },
  attemptSubmitPerUser: { points: 60, duration: 60 },
  autosavePerUser: { points: 240, duration: 60 },
  reviewPerUser: { points: 240, duration: 60 },
} as const;
export type LimitName = keyof typeof LIMITS;

let redis: Redis | undefined;
const limiters = new Map<LimitName, RateLimiterAbstract>();

function limiterFor(name: LimitName): RateLimiterAbstract {
  let limiter = limiters.get(name);
  if (limiter) return limiter;
  const options = { ...LIMITS[name], keyPrefix: `fw:rl:${name}` };
  if (env.REDIS_URL) {
    // Shared across app instances. If Redis is unreachable, each instance falls back to its own memory.
    // Commands wait for the first connection (briefly) rather than failing over while it is made.
    redis ??= new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 1_000 });
    redis.on("error", () => {}); // reported through the insurance limiter taking over, not as a crash
    limiter = new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
  } else {
    limiter = new RateLimiterMemory(options);
  }
  limiters.set(name, limiter);
  return limiter;
}

/** Spends one point of `name` for `key`; over the limit it throws a 429 with Retry-After. */
export async function rateLimit(name: LimitName, key: string): Promise<void> {
  try {
    await limiterFor(name).consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new AppError("rate_limited", `Too many requests. Try again in ${retryAfter} seconds.`, undefined, { "Retry-After": String(retryAfter) });
  }
}

/**
 * The client's address as `next start` or a reverse proxy recorded it. Next only fills
 * X-Forwarded-For when it is absent, so deploy behind a proxy that overwrites it; per-account
 * limits hold either way.
 */
export function clientIp(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
