import { describe, expect, test } from "vitest";
import { z } from "zod";
import { AppError, toAppError } from "@/lib/errors";

const adapterError = (code: string, kind: string) => Object.assign(new Error(`query failed: ${kind}`), { code, meta: { driverAdapterError: { cause: { kind } } } });

describe("toAppError", () => {
  test.each([
    { label: "an AppError keeps its code", error: new AppError("conflict", "taken"), code: "conflict", status: 409 },
    { label: "zod errors are 400 validation", error: z.string().safeParse(1).error, code: "validation", status: 400 },
    { label: "Prisma not-found is 404", error: Object.assign(new Error("x"), { code: "P2025" }), code: "not_found", status: 404 },
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
