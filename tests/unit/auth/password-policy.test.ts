import { expect, test } from "vitest";
import { Password } from "@/lib/auth/credentials";
import { assertStrongPassword } from "@/lib/auth/password-policy";

const problem = (password: string, email = "learner@example.test", name?: string) => {
  try {
    assertStrongPassword(password, { email, name });
    return null;
  } catch (error) {
    return (error as { issues?: { path: string; message: string }[] }).issues?.[0] ?? error;
  }
};

test("at least 12 characters (ASVS 2.1.1)", () => {
  expect(Password.safeParse("k7#Rq2!mZp9").success).toBe(false);
  expect(Password.safeParse("k7#Rq2!mZp9x").success).toBe(true);
});

test.each([
  { label: "a passphrase", password: "correct horse battery" },
  { label: "random characters", password: "k7#Rq2!mZp9x" },
  { label: "unrelated words and a number", password: "teapot orbit 42 violin" },
])("accepts $label", ({ password }) => expect(problem(password)).toBeNull());

test.each([
  { label: "on the common list", password: "qwerty123456", reason: "too common" },
  { label: "on the common list, any case", password: "LeaveMeAlone", reason: "too common" },
  { label: "containing the email's local part", password: "my-learner-pass-2026", reason: "before the @" },
  { label: "containing the local part in another case", password: "LEARNER and more words", reason: "before the @" },
  { label: "a repeated group", password: "abcabcabcabc", reason: "repeats a group" },
  { label: "a sequence", password: "abcdefghijklm", reason: "too easy to guess" },
  { label: "a keyboard walk", password: "qwertyuiop[]", reason: "too easy to guess" },
  { label: "a repeated character", password: "zzzzzzzzzzzzzz", reason: "repeats characters" },
])("refuses a password $label, saying why", ({ password, reason }) => {
  expect(problem(password)).toEqual({ path: "password", message: expect.stringContaining(reason) });
});

test("a +tag is not part of the local part", () => {
  expect(problem("adalovelace-rules", "adalovelace+framewise@example.test")).toMatchObject({ message: expect.stringContaining("before the @") });
});
