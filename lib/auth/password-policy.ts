import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "@/lib/errors";

// ~49k passwords seen most often in breaches, lower-cased for a case-insensitive check.
const common = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/** Refuses passwords from the common-password list, as a 400 on the password field. */
export function assertUncommonPassword(password: string): void {
  if (common.has(password.toLowerCase()))
    throw new AppError("validation", "The request is not valid.", [
      { path: "password", message: "This password is too common; choose one that is harder to guess." },
    ]);
}
