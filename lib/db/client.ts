import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

function createClient(): PrismaClient {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set; start the app with `npm start`, which provides one.");
  const adapter = new PrismaPg(
    { connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX, connectionTimeoutMillis: 5_000 },
    // A connection dropped while idle (database restart, network blip) is replaced on next use.
    { onPoolError: (err) => log.warn({ err: err.message }, "database connection lost") },
  );
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { db?: PrismaClient };

function client(): PrismaClient {
  // Reused across hot reloads in development and across modules everywhere.
  globalForPrisma.db ??= createClient();
  return globalForPrisma.db;
}

/**
 * The one Prisma client, created on first use: `next build` imports route modules without a
 * database, and must not fail for it.
 */
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
