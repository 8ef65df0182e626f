import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pool } from "./pool";

// Prisma runs on the process's one pool (lib/db/pool.ts, which also logs lost connections).
const createClient = () => new PrismaClient({ adapter: new PrismaPg(pool()) });

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
