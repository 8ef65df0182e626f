import "server-only";
import { purgeExpiredRegistrations, redeemPendingRegistration, storePendingRegistrationIfFree, type RegisteredUser } from "@/lib/db/queries/registrations";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { signupTakenMessage, signupVerifyMessage, type Message } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { hashPassword } from "./password";
import { hashToken, newToken, siteUrl } from "./tokens";
import { routes } from "@/lib/routes";

export const REGISTRATION_HOURS = 24;

/** What `POST /api/register` answers for every valid request, whether or not the address has an account. */
export const verificationSent = (email: string) => ({
  status: "verification_sent" as const,
  email,
  message: `Check ${email} for a link to finish creating your account.`,
});

/** The email a sign-up leads to: a confirmation link for a free address, a note to the owner of a taken one. */
export type RegistrationMail = { kind: "verify" | "taken"; message: Message };

/**
 * Starts a sign-up. The password is hashed whatever happens next, and storing the pending row (or
 * finding the address taken) is one statement either way, so neither the answer nor its timing
 * tells a new address from a registered one. Returns the email to send after the response.
 */
export async function startRegistration(input: { email: string; name: string; password: string }): Promise<RegistrationMail> {
  const passwordHash = await hashPassword(input.password);
  const token = newToken();
  const stored = await storePendingRegistrationIfFree({
    email: input.email,
    name: input.name,
    passwordHash,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + REGISTRATION_HOURS * 3_600_000),
  });
  if (stored) return { kind: "verify", message: signupVerifyMessage(input.email, siteUrl(`/signup/verify?token=${token}`), REGISTRATION_HOURS) };
  return { kind: "taken", message: signupTakenMessage(input.email, siteUrl(routes.signIn()), siteUrl(routes.forgotPassword())) };
}

/** Sends the sign-up's email and forgets expired sign-ups; runs after the response, so failures are logged. */
export async function finishRegistrationRequest(mail: RegistrationMail): Promise<void> {
  try {
    await sendMail(mail.message);
    log.info({ kind: mail.kind }, mail.kind === "verify" ? "sign-up confirmation mailed" : "sign-up for a registered address: owner notified");
  } catch (error) {
    log.error({ err: error }, "sign-up mail failed");
  }
  await purgeExpiredRegistrations().catch((error: unknown) => log.warn({ err: error }, "could not purge expired sign-ups"));
}

const invalidLink = () =>
  new AppError("validation", "This link is not valid or has expired. Sign up again, or sign in if your account is already active.", [
    { path: "token", message: "This link is not valid or has expired." },
  ]);

/**
 * Follows a sign-up's emailed link: creates the user and spends the token, in one transaction.
 * An unknown, used or expired token is a 400; so is an address that got an account meanwhile
 * (through single sign-on, say), whose token is spent without touching that account.
 */
export async function completeRegistration(token: string): Promise<RegisteredUser> {
  const user = await redeemPendingRegistration(hashToken(token));
  if (!user) throw invalidLink();
  log.info({ userId: user.id }, "account created from a confirmed sign-up");
  return user;
}
