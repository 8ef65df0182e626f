// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL with the same migrator `npm start`
// and the tests use (lib/db/migrate.ts), under PostgreSQL's advisory lock, so one deploy step and
// many starting instances never apply a migration twice. Run it once before new instances start.
// Takes ~1 s where `prisma migrate deploy` takes ~11 s (its WebAssembly engine waits on a timer).
import { migrate } from "../lib/db/migrate.ts";

try {
  process.loadEnvFile(".env"); // as Prisma's CLI did: a local .env may hold DATABASE_URL
} catch {}

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("db:migrate needs DATABASE_URL (npm start migrates its embedded database itself)");
  process.exit(2);
}
try {
  const applied = await migrate(url);
  console.log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
