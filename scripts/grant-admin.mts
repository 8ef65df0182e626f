// `npm run admin:grant -- someone@example.com`: gives an existing account the ADMIN role.
// Uses DATABASE_URL, or the embedded database in .data/ (stop `npm start` first: PGlite has one owner).
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../lib/db/embedded.ts";

const email = process.argv[2]?.trim().toLowerCase();
if (!email) {
  console.error("usage: npm run admin:grant -- <email>");
  process.exit(2);
}
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedDatabase(path.resolve(process.env.FRAMEWISE_DATA_DIR ?? ".data", "pglite"));
const client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? embedded!.url });
await client.connect();
const { rowCount } = await client.query(`UPDATE "User" SET role = 'ADMIN' WHERE email = $1`, [email]);
await client.end();
await embedded?.stop();
console.log(rowCount ? `${email} is now an admin (they sign in again to pick up the role).` : `No account with email ${email}.`);
process.exit(rowCount ? 0 : 1);
