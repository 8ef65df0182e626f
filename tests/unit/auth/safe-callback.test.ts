import { expect, test } from "vitest";
import { safeCallbackUrl } from "@/app/(auth)/safe-callback";

const ORIGIN = "http://localhost:3000";

test.each([
  { label: "a plain path", value: "/learn/flask", expected: "/learn/flask" },
  { label: "path, query and hash kept", value: "/learn/flask/routing/quiz?retry=1#q2", expected: "/learn/flask/routing/quiz?retry=1#q2" },
  { label: "an absolute URL on this origin", value: `${ORIGIN}/dashboard?tab=history`, expected: "/dashboard?tab=history" },
  { label: "nothing", value: null, expected: "/dashboard" },
  { label: "an empty string", value: "", expected: "/dashboard" },
  { label: "protocol-relative", value: "//evil.example/x", expected: "/dashboard" },
  { label: "backslash after the slash", value: "/\\evil.example", expected: "/dashboard" },
  { label: "two backslashes", value: "\\\\evil.example", expected: "/dashboard" },
  { label: "TAB between the slashes", value: "/\t/evil.example", expected: "/dashboard" },
  { label: "CR between the slashes", value: "/\r/evil.example", expected: "/dashboard" },
  { label: "LF between the slashes", value: "/\n/evil.example", expected: "/dashboard" },
  { label: "leading TAB", value: "\t//evil.example", expected: "/dashboard" },
  { label: "leading space", value: " //evil.example", expected: "/dashboard" },
  { label: "another origin", value: "https://evil.example/dashboard", expected: "/dashboard" },
  { label: "this host on another port", value: "http://localhost:4000/dashboard", expected: "/dashboard" },
  { label: "https: without slashes", value: "https:evil.example", expected: "/dashboard" },
  { label: "javascript:", value: "javascript:alert(1)", expected: "/dashboard" },
  { label: "JaVaScRiPt: with a TAB inside", value: "java\tscript:alert(1)", expected: "/dashboard" },
  { label: "data:", value: "data:text/html,<script>alert(1)</script>", expected: "/dashboard" },
  { label: "dot segment that normalises to //host", value: "/.//evil.example", expected: "/dashboard" },
  { label: "encoded dot segments that normalise to //host", value: "/%2e%2e//evil.example", expected: "/dashboard" },
  { label: "percent-encoded slashes stay a local path", value: "/%2F%2Fevil.example", expected: "/%2F%2Fevil.example" },
  { label: "percent-encoded TAB stays a local path", value: "/%09/evil.example", expected: "/%09/evil.example" },
  { label: "a relative path resolves under the root", value: "learn/flask", expected: "/learn/flask" },
])("$label", ({ value, expected }) => {
  const result = safeCallbackUrl(value, ORIGIN);
  expect(result).toBe(expected);
  // Whatever comes out, a browser resolves it to this origin.
  expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
});

test("without the page's origin, only relative paths are followed", () => {
  expect(safeCallbackUrl("/learn/flask")).toBe("/learn/flask");
  expect(safeCallbackUrl(`${ORIGIN}/learn/flask`)).toBe("/dashboard");
  expect(safeCallbackUrl("//evil.example")).toBe("/dashboard");
});
