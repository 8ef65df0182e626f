import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "@/lib/errors";

// ~49k passwords seen most often in breaches, lower-cased for a case-insensitive check.
const common = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/** zxcvbn's scale: 0–2 fall to an online or slowed offline attack; 3 and up are "safely unguessable". */
const MIN_SCORE = 3;
let estimator: ZxcvbnFactory | undefined;

/** Why zxcvbn found it weak, in our words (its warning keys; the language packs are not loaded). */
const WHY: Record<string, string> = {
  straightRow: "it follows a row of the keyboard",
  keyPattern: "it follows a pattern on the keyboard",
  simpleRepeat: "it repeats characters",
  extendedRepeat: "it repeats a group of characters",
  sequences: "it is a sequence such as abc or 1234",
  recentYears: "it leans on a recent year",
  dates: "it leans on a date",
  topTen: "it is one of the most used passwords",
  topHundred: "it is one of the most used passwords",
  common: "it is a commonly used password",
  similarToCommon: "it is close to a commonly used password",
  wordByItself: "it is a single common word",
  namesByThemselves: "it is made of names",
  commonNames: "it is made of common names",
  userInputs: "it is built from your name or email address",
};

type Account = { email: string; name?: string };

const invalid = (message: string) => new AppError("validation", "The request is not valid.", [{ path: "password", message }]);

/**
 * Refuses, as a 400 on the password field that says why, a password that is on the common list,
 * contains the email's local part, or that zxcvbn scores below 3 (ASVS 2.1.7 and 2.1.8 in spirit;
 * the 12-character minimum of 2.1.1 is in the schema).
 */
export function assertStrongPassword(password: string, { email, name }: Account): void {
  const lower = password.toLowerCase();
  if (common.has(lower)) throw invalid("This password is too common; choose one that is harder to guess.");

  const local = (email.split("@")[0] ?? "").split("+")[0] ?? "";
  if (local.length >= 3 && lower.includes(local.toLowerCase()))
    throw invalid("This password contains the part of your email address before the @; choose one that does not.");

  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const hints = [email, local, ...local.split(/[^a-z0-9]+/i), ...(name ?? "").split(/\s+/)].filter((w) => w.length >= 3);
  const { score, feedback } = estimator.check(password.slice(0, 100), hints);
  if (score < MIN_SCORE) {
    const why = WHY[feedback.warning ?? ""] ?? "it is easy to guess";
    throw invalid(`This password is too easy to guess: ${why}. A few unrelated words make a strong one.`);
  }
}
