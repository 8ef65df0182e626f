/**
 * Account input rules (sign-up, sign-in, email and password changes) as pure zod schemas, used by
 * the API routes, the credentials sign-in and single sign-on. The forms only repeat the length hint;
 * whether a password is strong enough is decided on the server (./password-policy.ts).
 */
import { z } from "zod";
import { storableString } from "@/lib/validation/text";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: "Enter a valid email address." }))
  .transform(normaliseEmail);

export const Password = z
  .string()
  .min(12, { error: "Use at least 12 characters." })
  .max(200, { error: "Use at most 200 characters." });

export const Registration = z.strictObject({
  email: Email,
  password: Password,
  name: storableString().trim().min(1).max(80).optional(),
});

export const SignIn = z.object({ email: Email, password: z.string().min(1).max(200) });

/** Display name when none is given: the part of the email before the @. */
export const defaultName = (email: string) => email.split("@")[0]!.slice(0, 80);
