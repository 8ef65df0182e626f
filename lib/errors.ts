/**
 * Expected failures as values with a code; one function turns any error into the API's JSON shape.
 */
import { z } from "zod";

export const STATUS = {
  bad_request: 400,
  invalid_json: 400,
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof STATUS;
export const ERROR_CODES = Object.keys(STATUS) as [ErrorCode, ...ErrorCode[]];
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

/** Prisma and pg failures that mean "the database is not reachable", not "the request was wrong". */
function isUnavailable(error: unknown): boolean {
  type Cause = { kind?: unknown; originalCode?: unknown };
  const e = error as { code?: unknown; message?: unknown; cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } } | undefined;
  // Model queries wrap the driver adapter's error in `meta`; others throw it with the kind on `cause`.
  const cause = e?.meta?.driverAdapterError?.cause ?? e?.cause;
  const message = String(e?.message ?? "");
  return (
    (typeof cause?.kind === "string" && UNREACHABLE_KINDS.has(cause.kind)) ||
    // 57P01 admin_shutdown (a fast shutdown terminating the connection), 57P03 cannot_connect_now.
    [e?.code, cause?.originalCode].some((code) => ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P03", "P1001", "P1002", "P1017", "P2024"].includes(String(code))) ||
    // "connect ENOENT": the embedded database's Unix socket is gone (stopped or restarting);
    // "write EPIPE": a query sent on a connection the database just closed; the pool's connect timeout.
    /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|connect ENOENT|write EPIPE|timeout exceeded when trying to connect|terminating connection due to administrator command|Client has encountered a connection error|the database system is|Can't reach database server/.test(message)
  );
}

// PostgreSQL's character_not_in_repertoire and untranslatable_character: text the database cannot store.
const UNSTORABLE_TEXT = new Set(["22021", "22P05"]);

function isUnstorableText(error: unknown): boolean {
  // Driver adapter errors carry PostgreSQL's code on `cause`; model queries may wrap it in `meta`.
  const e = error as { cause?: { originalCode?: unknown; code?: unknown }; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; message?: unknown } | undefined;
  const codes = [e?.cause?.originalCode, e?.cause?.code, e?.meta?.driverAdapterError?.cause?.originalCode];
  // A lone surrogate fails in Prisma's own JSON encoding, before PostgreSQL sees it.
  return codes.some((code) => typeof code === "string" && UNSTORABLE_TEXT.has(code)) || /JSON Error: .*(hex escape|surrogate)/.test(String(e?.message ?? ""));
}

export function errorBody(code: ErrorCode, message: string, issues?: Issue[]) {
  return { error: issues?.length ? { code, message, issues } : { code, message } };
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return new AppError("validation", "The request is not valid.", issuesOf(error));
  const prismaCode = (error as { code?: unknown })?.code;
  if (prismaCode === "P2025") return new AppError("not_found", "Not found.");
  if (prismaCode === "P2002") return new AppError("conflict", "That already exists.");
  // A row it refers to is gone (a deleted user's request that slipped past the session check).
  if (prismaCode === "P2003") return new AppError("conflict", "This refers to something that no longer exists.");
  if (isUnstorableText(error)) return new AppError("validation", "The request contains text that cannot be stored (a NUL character or an unpaired surrogate).");
  if (isUnavailable(error)) return new AppError("unavailable", "The service is temporarily unavailable. Please try again shortly.");
  return new AppError("internal", "Something went wrong on our side.");
}

