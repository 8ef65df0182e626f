import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set; start the app with `npm start`, which provides one.");
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { db?: PrismaClient };

/** The one Prisma client; reused across hot reloads in development. */
export const db = globalForPrisma.db ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.db = db;
