/**
 * The app's configuration: the one place lib/ and app/ read settings from process.env, validated, so
 * a bad value fails at start-up, not mid-request. (Next sets NODE_ENV itself, which proxy.ts also
 * reads; the scripts read their own switches, such as PORT and FRAMEWISE_STANDALONE for the build.)
 * The README's configuration table lists every variable here; a unit test keeps the two in step.
 */
import { z } from "zod";

/** A rate limit written as points per window: "10/15m" is 10 per 15 minutes (units s, m, h). */
const RateLimit = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,6}\/[1-9]\d{0,4}[smh]$/, { error: 'must look like "10/15m": points per window, the window in s, m or h' })
  .transform((value) => {
    const [points = "", window = ""] = value.split("/");
    const unitSeconds = window.endsWith("h") ? 60 * 60 : window.endsWith("m") ? 60 : 1;
    return { points: Number(points), duration: Number(window.slice(0, -1)) * unitSeconds };
  });
const limit = (fallback: string) => RateLimit.prefault(fallback);

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set by `npm start` to the embedded PostgreSQL when the user gives none. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, { error: "must be a postgresql:// URL" }).optional(),
  /** Connections in the app's pool; the embedded database serialises queries, so start.mts sets 1 for it. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  NEXTAUTH_URL: z.url().optional(),
  REDIS_URL: z.url().optional(),
  /**
   * Off: the client's address is the TCP peer, and X-Forwarded-* from clients are dropped at the
   * edge (scripts/serve.mts). On: the app sits behind one reverse proxy, whose appended (rightmost)
   * X-Forwarded-For entry is the client's address.
   */
  TRUST_PROXY: z.stringbool().default(false),
  /** Failed sign-ins per client address (a classroom shares one address behind NAT). */
  RATE_LIMIT_SIGN_IN_PER_ADDRESS: limit("100/15m"),
  /** Failed sign-ins per account, wherever they come from. */
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT: limit("10/15m"),
  /** Sign-ups per client address; following sign-up links per address has a budget of the same size. */
  RATE_LIMIT_REGISTER_PER_ADDRESS: limit("60/1h"),
  /** Sign-ups per email address (each sends that address a mail), registered or not. */
  RATE_LIMIT_REGISTER_PER_EMAIL: limit("10/1h"),
  RATE_LIMIT_ATTEMPT_START: limit("60/1m"),
  RATE_LIMIT_ATTEMPT_SUBMIT: limit("60/1m"),
  RATE_LIMIT_AUTOSAVE: limit("240/1m"),
  RATE_LIMIT_REVIEW: limit("240/1m"),
  /** "Forgot password" requests per client address, and per email address asked about. */
  RATE_LIMIT_PASSWORD_FORGOT: limit("10/1h"),
  /** Password reset submissions per client address. */
  RATE_LIMIT_PASSWORD_RESET: limit("30/1h"),
  /** Email change requests per learner. */
  RATE_LIMIT_EMAIL_CHANGE: limit("10/1h"),
  /** pino's level for the JSON logs: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Where the embedded database, the generated secret and the outbox live. */
  FRAMEWISE_DATA_DIR: z.string().default(".data"),
  /** Outgoing mail over SMTP (`smtp://user:pass@host:587`, `smtps://…`); unset: `.eml` files in the outbox. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, { error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().trim().min(3).default("Framewise <no-reply@framewise.localhost>"),
  /** Single sign-on: all three switch on the OpenID Connect provider. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The sign-in button's label ("Sign in with …"). */
  OIDC_NAME: z.string().trim().min(1).max(60).default("your school account"),
  /** Emails (comma-separated) that `npm run admin:grant` without arguments makes admins; registering never does. */
  ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((list) => list.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean)),
});

export type Env = z.infer<typeof Env>;

/** Every variable read here, for the test that keeps the README's table in step. */
export const ENV_VARIABLES = Object.keys(Env.shape);

function parseEnv(): Env {
  const result = Env.safeParse(process.env);
  if (!result.success) throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export const env = parseEnv();
