import { describe, expect, test } from "vitest";
import { z } from "zod";
import { PrismaClientKnownRequestError } from "@prisma/client/runtime/client";
import { AppError, dbFailureOf, toAppError } from "@/lib/errors";

const known = (code: string) => new PrismaClientKnownRequestError("x", { code, clientVersion: "6.19.3" });
const adapterError = (code: string, kind: string) => Object.assign(new Error(`query failed: ${kind}`), { code, meta: { driverAdapterError: { cause: { kind } } } });

describe("toAppError", () => {
  test.each([
    { label: "an AppError keeps its code", error: new AppError("conflict", "taken"), code: "conflict", status: 409 },
    { label: "zod errors are 400 validation", error: z.string().safeParse(1).error, code: "validation", status: 400 },
    { label: "Prisma not-found (P2025) is 404", error: known("P2025"), code: "not_found", status: 404 },
    { label: "Prisma unique violation (P2002) is 409", error: known("P2002"), code: "conflict", status: 409 },
    { label: "Prisma foreign-key violation (P2003) is 409", error: known("P2003"), code: "conflict", status: 409 },
    { label: "a unique violation from a raw query (adapter kind) is 409", error: adapterError("P2010", "UniqueConstraintViolation"), code: "conflict", status: 409 },
    { label: "PostgreSQL 22021 on the driver error is 400", error: Object.assign(new Error("x"), { cause: { kind: "postgres", originalCode: "22021" } }), code: "validation", status: 400 },
    { label: "PostgreSQL 22P05 wrapped by a model query is 400", error: Object.assign(new Error("x"), { meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "22P05" } } } }), code: "validation", status: 400 },
    { label: "a raw query against an unreachable database is 503", error: adapterError("P2010", "DatabaseNotReachable"), code: "unavailable", status: 503 },
    { label: "a model query against an unreachable database is 503", error: adapterError("P1001", "DatabaseNotReachable"), code: "unavailable", status: 503 },
    { label: "a dropped connection is 503", error: Object.assign(new Error("Connection terminated unexpectedly"), {}), code: "unavailable", status: 503 },
    { label: "the embedded database's socket gone is 503", error: Object.assign(new Error("Invalid `prisma.quizAttempt.findFirst()` invocation:\n\nconnect ENOENT /tmp/x/.s.PGSQL.5432"), { code: "ENOENT" }), code: "unavailable", status: 503 },
    { label: "a query written to a closed connection is 503", error: Object.assign(new Error("Invalid `prisma.quizAttempt.findFirst()` invocation:\n\nwrite EPIPE"), { code: "EPIPE" }), code: "unavailable", status: 503 },
    { label: "the pool's connect timeout is 503", error: new Error("timeout exceeded when trying to connect"), code: "unavailable", status: 503 },
    { label: "a closed connection reported on cause is 503", error: Object.assign(new Error("ConnectionClosed"), { cause: { kind: "ConnectionClosed" } }), code: "unavailable", status: 503 },
    { label: "a fast shutdown terminating the connection (57P01 on cause) is 503", error: Object.assign(new Error("terminating connection due to administrator command"), { cause: { kind: "postgres", originalCode: "57P01" } }), code: "unavailable", status: 503 },
    { label: "a pooled client broken by the restart is 503", error: new Error("Client has encountered a connection error and is not queryable"), code: "unavailable", status: 503 },
    { label: "anything else is an opaque 500", error: new TypeError("bug"), code: "internal", status: 500 },
  ])("$label", ({ error, code, status }) => {
    const appError = toAppError(error);
    expect(appError.code).toBe(code);
    expect(appError.status).toBe(status);
  });
});

describe("dbFailureOf", () => {
  test("a P-code alone is not a Prisma error: only Prisma's known request errors map them", () => {
    expect(dbFailureOf(Object.assign(new Error("x"), { code: "P2002" }))).toBeNull();
    expect(dbFailureOf(known("P2002"))).toBe("unique");
  });

  test("non-objects and unrelated errors map to nothing", () => {
    for (const error of [undefined, null, "P2002", 42, new TypeError("bug")]) expect(dbFailureOf(error)).toBeNull();
  });
});
