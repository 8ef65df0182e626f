// `npm run admin:grant -- someone@example.com [...]`: gives existing accounts the ADMIN role; with no
// arguments, the accounts listed in ADMIN_EMAILS. The only way to become an admin: registering
// never grants it. Uses DATABASE_URL, else the running `npm start`'s embedded database (its URL is
// in .data/database-url), else opens the embedded database in .data/ itself. Takes effect on the
// next request (the role is read on each one).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded.ts";

const fromArgs = process.argv.slice(2).map((e) => e.trim().toLowerCase()).filter(Boolean);
const emails = fromArgs.length ? fromArgs : (process.env.ADMIN_EMAILS ?? "").split(",").map((e) => e.trim().toLowerCase()).filter(Boolean);
if (!emails.length) {
  console.error("usage: npm run admin:grant -- <email> [...]   (or set ADMIN_EMAILS)");
  process.exit(2);
}

const dataDir = path.resolve(process.env.FRAMEWISE_DATA_DIR ?? ".data");
let embedded: EmbeddedDatabase | undefined;
async function connect(): Promise<pg.Client> {
  const urlFile = path.join(dataDir, "database-url");
  const candidates = [process.env.DATABASE_URL, existsSync(urlFile) ? readFileSync(urlFile, "utf8").trim() : undefined];
  for (const url of candidates.filter(Boolean)) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      return client;
    } catch (error) {
      if (url === process.env.DATABASE_URL) throw error;
      // a stale URL file from a server that was killed: open the database ourselves
    }
  }
  embedded = await startEmbeddedDatabase(path.join(dataDir, "pglite"));
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  return client;
}

const client = await connect();
let missing = 0;
for (const email of emails) {
  const { rowCount } = await client.query(`UPDATE "User" SET role = 'ADMIN' WHERE email = $1`, [email]);
  if (rowCount) console.log(`${email} is now an admin.`);
  else {
    console.log(`No account with email ${email}.`);
    missing++;
  }
}
await client.end();
await embedded?.stop();
process.exit(missing ? 1 : 0);
