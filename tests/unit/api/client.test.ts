import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { errorOf } from "@/lib/api/client";
import { ApiErrorBody } from "@/lib/api/contract/define";
import { ERROR_CODES } from "@/lib/errors";

// The browser's client checks error answers by hand (no zod on every page); it must accept exactly what the contract's schema accepts.
const expected = (body: unknown) => {
  const parsed = ApiErrorBody.safeParse(body);
  return parsed.success ? parsed.data.error : null;
};

describe("errorOf", () => {
  test.each([
    { label: "a plain error", body: { error: { code: "not_found", message: "No such lesson." } } },
    { label: "with issues", body: { error: { code: "validation", message: "Bad.", issues: [{ path: "email", message: "Required" }] } } },
    { label: "an unknown code", body: { error: { code: "teapot", message: "Short and stout." } } },
    { label: "an extra key", body: { error: { code: "conflict", message: "Taken.", detail: 1 } } },
    { label: "an extra key on an issue", body: { error: { code: "validation", message: "Bad.", issues: [{ path: "a", message: "b", c: 1 }] } } },
    { label: "issues that are not an array", body: { error: { code: "validation", message: "Bad.", issues: "email" } } },
    { label: "a message that is not a string", body: { error: { code: "internal", message: 500 } } },
    { label: "an array", body: [{ error: { code: "internal", message: "x" } }] },
    { label: "no body", body: undefined },
    { label: "null", body: null },
  ])("$label: as the schema decides", ({ body }) => {
    expect(errorOf(body)).toEqual(expected(body));
  });

  test("agrees with the schema on generated answers", () => {
    const issue = fc.record({ path: fc.string(), message: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: ["path"] });
    const error = fc.record(
      { code: fc.oneof(fc.constantFrom(...ERROR_CODES), fc.string()), message: fc.oneof(fc.string(), fc.constant(null)), issues: fc.oneof(fc.array(issue), fc.string()), extra: fc.anything() },
      { requiredKeys: ["code"] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.record({ error }), fc.anything()), (body) => {
        expect(errorOf(body)).toEqual(expected(body));
      }),
    );
  });
});
