import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { addressFromHeaders, addressLimitKey } from "@/lib/http/client-address";

/** Points per window (seconds), each set by its RATE_LIMIT_* variable (lib/env.ts has the defaults). */
export const LIMITS = {
  signInPerIp: env.RATE_LIMIT_SIGN_IN_PER_ADDRESS,
  signInPerAccount: env.RATE_LIMIT_SIGN_IN_PER_ACCOUNT,
  registerPerIp: env.RATE_LIMIT_REGISTER_PER_ADDRESS,
  registerPerEmail: env.RATE_LIMIT_REGISTER_PER_EMAIL,
  registerVerifyPerIp: env.RATE_LIMIT_REGISTER_PER_ADDRESS,
  attemptStartPerUser: env.RATE_LIMIT_ATTEMPT_START,
  attemptSubmitPerUser: env.RATE_LIMIT_ATTEMPT_SUBMIT,
  autosavePerUser: env.RATE_LIMIT_AUTOSAVE,
  reviewPerUser: env.RATE_LIMIT_REVIEW,
  passwordForgotPerIp: env.RATE_LIMIT_PASSWORD_FORGOT,
  passwordForgotPerEmail: env.RATE_LIMIT_PASSWORD_FORGOT,
  passwordResetPerIp: env.RATE_LIMIT_PASSWORD_RESET,
  emailChangePerUser: env.RATE_LIMIT_EMAIL_CHANGE,
} satisfies Record<string, { points: number; duration: number }>;
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

/** Gives back one point of `name` for `key`: a request that turned out not to count. */
export async function refund(name: LimitName, key: string): Promise<void> {
  await limiterFor(name).reward(key, 1);
}

/**
 * The key per-address limits count on: the client's address as the HTTP edge (scripts/serve.mts)
 * settled it in X-Forwarded-For — the socket's peer, or with TRUST_PROXY the proxy's entry — and
 * an IPv6 address's /64.
 */
export function clientIp(request: Pick<Request, "headers">): string {
  return addressLimitKey(addressFromHeaders(request.headers));
}
