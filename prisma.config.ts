import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

try {
  process.loadEnvFile(".env"); // the config file does not load .env itself
} catch {}

// adapter-pg 6.19 cannot decode catalog columns of type "char" (18) and "name" (19): read them as text.
class CatalogSafePool extends pg.Pool {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async query(...args: any[]): Promise<any> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const res: any = await (super.query as any)(...args);
    for (const f of res?.fields ?? []) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
    return res;
  }
}

function adapterFor(url: string) {
  const factory = new PrismaPg(new CatalogSafePool({ connectionString: url, allowExitOnIdle: true }));
  return Object.assign(factory, {
    // `migrate dev` replays migrations in a throwaway database, dropped when the engine is done.
    async connectToShadowDb() {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const name = `shadow_${Date.now()}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const u = new URL(url);
      u.pathname = "/" + name;
      const pool = new CatalogSafePool({ connectionString: u.toString(), allowExitOnIdle: true });
      const shadow = await new PrismaPg(pool).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await pool.end();
        await admin.query(`DROP DATABASE "${name}"`);
        await admin.end();
      };
      return shadow;
    },
  });
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => adapterFor(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/framewise_dev"),
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
