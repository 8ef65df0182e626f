/**
 * The one place that reads process.env. A bad value fails at start-up, not mid-request.
 */
import { z } from "zod";

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set by `npm start` to the embedded PostgreSQL when the user gives none. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, { error: "must be a postgresql:// URL" }).optional(),
  /** Connections in the app's pool; the embedded database serialises queries, so start.mts sets 1 for it. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  NEXTAUTH_URL: z.url().optional(),
  REDIS_URL: z.url().optional(),
  /** Emails (comma-separated) that `npm run admin:grant` without arguments makes admins; registering never does. */
  ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((list) => list.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean)),
});

export type Env = z.infer<typeof Env>;

function parseEnv(): Env {
  const result = Env.safeParse(process.env);
  if (!result.success) throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export const env = parseEnv();
