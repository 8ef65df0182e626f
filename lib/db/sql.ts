import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { pool } from "./pool";

/**
 * Statements sent straight to the pool, for the request paths where Prisma's own cost shows: a
 * `$queryRaw` call spends ~0.7 ms of CPU in Prisma's client and query compiler before the driver
 * sends it (`npm run bench:profile -- submit`), which is most of what a submit costs beyond Next's
 * floor. Everything else uses Prisma. Values are always parameters, never SQL text.
 */
export class Statement {
  constructor(
    readonly text: string,
    readonly values: readonly unknown[],
  ) {}
}

/** A statement from a template: each `${value}` becomes a `$n` parameter; a nested `sql` fragment is spliced in with its own values. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Statement {
  let text = strings[0] ?? "";
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof Statement) {
      text += value.text.replace(/\$(\d+)/g, (_, n: string) => `$${params.length + Number(n)}`);
      params.push(...value.values);
    } else {
      params.push(value);
      text += `$${params.length}`;
    }
    text += strings[i + 1] ?? "";
  });
  return new Statement(text, params);
}

const arrayLiterals = new WeakMap<readonly string[], string>();
/**
 * A list of strings as PostgreSQL's array literal (`{"a","b"}`), for a `${…}::text[]` parameter: pg
 * would rebuild it from the array on every call, so a list that lives as long as the content (the
 * catalog's quiz ids, its 406 live question keys) is spelled once per array.
 */
export function textArray(values: readonly string[]): string {
  let literal = arrayLiterals.get(values);
  if (literal === undefined) {
    literal = `{${values.map((v) => `"${v.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
    arrayLiterals.set(values, literal);
  }
  return literal;
}

/** A Date as PostgreSQL's `timestamp(3)` (UTC, no zone), as Prisma stores `DateTime`. */
export const utcTimestamp = (date: Date) => sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

const TIMESTAMP_OID = 1114;
// Prisma stores DateTime as `timestamp` without a zone, in UTC; pg would read it in the process's zone.
const parseUtcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID ? parseUtcTimestamp : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * The rows of one statement; `T` is what its SELECT list returns. `prepare` names the statement, so
 * each pooled connection parses and plans it once and afterwards sends only its parameters (a
 * submit's statement is ~3 KB of text): for the small statements of the request paths. Analytics
 * stay unnamed, so PostgreSQL plans each for its actual values rather than a generic plan.
 */
export async function queryRows<T>(statement: Statement, options?: { prepare?: boolean }): Promise<T[]> {
  const name = options?.prepare ? statementName(statement.text) : undefined;
  const result = await pool().query<T & pg.QueryResultRow>({ name, text: statement.text, values: [...statement.values], types });
  return result.rows;
}

// A statement's name is a digest of its text: the same in every copy of this module (Next bundles the
// proxy and the routes separately, and both use the one pool), and pg refuses one name for two texts
// on a connection. Remembered per text so the digest is computed once; bounded, past the limit a new
// text is digested again (a few microseconds), never refused.
const NAMES_LIMIT = 500;
const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `fw_${createHash("sha256").update(text).digest("base64url").slice(0, 32)}`;
    if (names.size < NAMES_LIMIT) names.set(text, name);
  }
  return name;
}
