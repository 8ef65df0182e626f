// Where the cluster's state lives: a PostgreSQL and (optionally) a Redis every instance can reach.
// The embedded database is refused: it lives inside one process and runs one query at a time.
import net from "node:net";
import pg from "pg";

export const LOCAL_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/framewise";
export const LOCAL_REDIS_URL = "redis://127.0.0.1:6379";

export class Refusal extends Error {}

type Env = Record<string, string | undefined>;

/** True when something accepts TCP connections at host:port within `ms`. */
export function reachable(host: string, port: number, ms = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(ms, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

const EMBEDDED_REFUSAL = [
  "serve:cluster needs a PostgreSQL server that every app instance can reach.",
  "The embedded database (PGlite) lives inside one process and runs one query at a time, so several",
  "instances cannot share it. Set DATABASE_URL (postgresql://user@host:5432/db), or run PostgreSQL on",
  "127.0.0.1:5432; for a single instance on the embedded database, use `npm start`.",
].join("\n");

/** DATABASE_URL, or the machine's PostgreSQL (database `framewise`, created when missing). */
export async function resolveDatabase(env: Env): Promise<string> {
  if (env.FRAMEWISE_EPHEMERAL_DB === "1") throw new Refusal(EMBEDDED_REFUSAL);
  const given = env.DATABASE_URL?.trim();
  const url = given || LOCAL_DATABASE_URL;
  const { hostname, port } = new URL(url);
  if (!given && !(await reachable(hostname, Number(port || 5432)))) throw new Refusal(EMBEDDED_REFUSAL);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const missing = (error as { code?: string }).code === "3D000";
    if (given || !missing) throw new Refusal(`cannot connect to ${redact(url)}: ${(error as Error).message}`);
    await createDatabase(url);
    return url;
  } finally {
    await client.end().catch(() => {});
  }
  return url;
}

async function createDatabase(url: string) {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** REDIS_URL, or the machine's Redis when one answers; otherwise none (rate limits per instance). */
export async function resolveRedis(env: Env): Promise<string | undefined> {
  if (env.REDIS_URL?.trim()) return env.REDIS_URL.trim();
  return (await reachable("127.0.0.1", 6379)) ? LOCAL_REDIS_URL : undefined;
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}
