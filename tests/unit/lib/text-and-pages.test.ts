import { describe, expect, test } from "vitest";
import { Registration } from "@/lib/auth/credentials";
import { isProtectedPage, signInPath } from "@/lib/auth/protected-pages";
import { answerSchemas } from "@/lib/quiz/answers";
import { isStorableText } from "@/lib/validation/text";

describe("storable text", () => {
  test.each([
    { label: "plain text", value: "Ada Lovelace", ok: true },
    { label: "a surrogate pair (emoji)", value: "Ada 🦊", ok: true },
    { label: "a NUL character", value: "Ada\u0000", ok: false },
    { label: "a lone high surrogate", value: "Ada\ud83e", ok: false },
    { label: "a lone low surrogate", value: "\udd8aAda", ok: false },
  ])("$label", ({ value, ok }) => {
    expect(isStorableText(value)).toBe(ok);
    expect(answerSchemas.short_text.safeParse(value).success).toBe(ok);
    const registration = Registration.safeParse({ email: "a@example.test", password: "long enough password", name: value });
    expect(registration.success).toBe(ok);
    if (!ok) expect(registration.error?.issues.map((i) => i.path.join("."))).toEqual(["name"]);
  });
});

describe("protected pages", () => {
  test.each([
    ["/dashboard", true],
    ["/dashboard/", true],
    ["/admin", true],
    ["/learn/flask/philosophy/quiz", true],
    ["/learn/flask/philosophy/quiz/review/abc", true],
    ["/settings", true],
    ["/learn/flask/philosophy", false],
    ["/learn/flask", false],
    ["/", false],
    ["/signin", false],
    ["/dashboards", false],
  ] as const)("%s → %s", (path, expected) => {
    expect(isProtectedPage(path)).toBe(expected);
  });

  test("the way back is encoded into the sign-in URL", () => {
    expect(signInPath("/dashboard?tz=Europe/Berlin")).toBe("/signin?callbackUrl=%2Fdashboard%3Ftz%3DEurope%2FBerlin");
  });
});
