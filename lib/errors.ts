/**
 * Expected failures as values with a code; one function turns any error into the API's JSON shape.
 */
import { z } from "zod";
import { STATUS, type ErrorCode } from "./error-codes";

export { ERROR_CODES, STATUS, type ErrorCode } from "./error-codes";

export type Issue = { path: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export const issuesOf = (error: z.ZodError): Issue[] =>
  error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));

const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
// 57P01 admin_shutdown (a fast shutdown terminating the connection), 57P03 cannot_connect_now.
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P03", "P1001", "P1002", "P1017", "P2024"]);
// "connect ENOENT": the embedded database's Unix socket is gone (stopped or restarting);
// "write EPIPE": a query sent on a connection the database just closed; the pool's connect timeout.
const UNREACHABLE_MESSAGE =
  /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|connect ENOENT|write EPIPE|timeout exceeded when trying to connect|terminating connection due to administrator command|Client has encountered a connection error|the database system is|Can't reach database server/;
// PostgreSQL's character_not_in_repertoire and untranslatable_character: text the database cannot store.
const UNSTORABLE_TEXT = new Set(["22021", "22P05"]);

/** What a database failure means for the request; null when it is not one we recognise. */
export type DbFailure = "unique" | "foreign_key" | "not_found" | "unstorable_text" | "unavailable";

// Prisma's known request errors we answer specifically (https://www.prisma.io/docs/orm/reference/error-reference).
const KNOWN_REQUEST: Record<string, DbFailure> = { P2002: "unique", P2003: "foreign_key", P2025: "not_found" };

const DB_FAILURE: Record<DbFailure, { code: ErrorCode; message: string }> = {
  unique: { code: "conflict", message: "That already exists." },
  // A row it refers to is gone (a deleted user's request that slipped past the session check).
  foreign_key: { code: "conflict", message: "This refers to something that no longer exists." },
  not_found: { code: "not_found", message: "Not found." },
  unstorable_text: { code: "validation", message: "The request contains text that cannot be stored (a NUL character or an unpaired surrogate)." },
  unavailable: { code: "unavailable", message: "The service is temporarily unavailable. Please try again shortly." },
};

/**
 * The one map from Prisma and pg failures to what they mean. Query modules ask it
 * (`dbFailureOf(e) === "unique"`) instead of testing error classes and codes themselves, and
 * `toAppError` turns its answer into a status. Prisma's known errors are recognised by their name
 * and P-code (this module stays free of the Prisma client, which only lib/db imports, and a name
 * survives two copies of the runtime where `instanceof` would not); the driver adapter's errors are
 * plain objects read by shape: model queries wrap them in `meta.driverAdapterError`, raw queries
 * and the pool put the kind on `cause`.
 */
export function dbFailureOf(error: unknown): DbFailure | null {
  type Cause = { kind?: unknown; originalCode?: unknown; code?: unknown };
  const e = error as { code?: unknown; message?: unknown; cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } } | null | undefined;
  if (error instanceof Error && error.name === "PrismaClientKnownRequestError") {
    const known = KNOWN_REQUEST[String(e?.code)];
    if (known) return known;
  }
  const causes = [e?.meta?.driverAdapterError?.cause, e?.cause].filter((c): c is Cause => typeof c === "object" && c !== null);
  const kinds = causes.map((c) => c.kind);
  const codes = [e?.code, ...causes.flatMap((c) => [c.originalCode, c.code])].filter((c): c is string => typeof c === "string");
  const message = String(e?.message ?? "");
  // The adapter's kinds for Prisma's queries; PostgreSQL's SQLSTATE on pg's own errors (lib/db/sql.ts).
  if (kinds.includes("UniqueConstraintViolation") || codes.includes("23505")) return "unique";
  if (kinds.includes("ForeignKeyConstraintViolation") || codes.includes("23503")) return "foreign_key";
  // A lone surrogate fails in Prisma's own JSON encoding, before PostgreSQL sees it.
  if (codes.some((code) => UNSTORABLE_TEXT.has(code)) || /JSON Error: .*(hex escape|surrogate)/.test(message)) return "unstorable_text";
  if (kinds.some((kind) => typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) || codes.some((code) => UNREACHABLE_CODES.has(code)) || UNREACHABLE_MESSAGE.test(message))
    return "unavailable";
  return null;
}

export function errorBody(code: ErrorCode, message: string, issues?: Issue[]) {
  return { error: issues?.length ? { code, message, issues } : { code, message } };
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return new AppError("validation", "The request is not valid.", issuesOf(error));
  const failure = dbFailureOf(error);
  if (failure) return new AppError(DB_FAILURE[failure].code, DB_FAILURE[failure].message);
  return new AppError("internal", "Something went wrong on our side.");
}

