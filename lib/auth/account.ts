import "server-only";
import { deleteUserAndData, getAccountUser } from "@/lib/db/queries/accounts";
import { AppError } from "@/lib/errors";
import { passwordChangedMessage } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { log } from "@/lib/log";
import { rateLimit, refund } from "@/lib/security/rate-limit";
import { hashPassword, verifyPassword } from "./password";
import { assertStrongPassword } from "./password-policy";
import { changePasswordHash } from "./sessions";
import { siteUrl } from "./tokens";
import { routes } from "@/lib/routes";

const wrongPassword = (path: string) => new AppError("validation", "The request is not valid.", [{ path, message: "This is not your current password." }]);

/**
 * Checks the account's current password. A wrong one counts as a failed sign-in of that account
 * (the same budget), so this cannot be used to guess it faster.
 */
export async function assertCurrentPassword(user: { email: string; passwordHash: string | null }, password: string | undefined, field: string): Promise<void> {
  if (!user.passwordHash) return; // single sign-on only: there is no password to prove
  if (!password) throw wrongPassword(field);
  await rateLimit("signInPerAccount", user.email);
  if (!(await verifyPassword(user.passwordHash, password))) throw wrongPassword(field);
  await refund("signInPerAccount", user.email);
}

export async function loadAccount(userId: string) {
  const user = await getAccountUser(userId);
  if (!user) throw new AppError("unauthorized", "Sign in to use this endpoint.");
  return user;
}

/** Changes the password (the current one required) and ends every session of the user. */
export async function changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
  const user = await loadAccount(userId);
  if (!user.passwordHash) throw new AppError("conflict", "This account signs in through single sign-on and has no password; use “Forgot password?” to set one.");
  await assertCurrentPassword(user, currentPassword, "currentPassword");
  assertStrongPassword(newPassword, { email: user.email, name: user.name });
  await changePasswordHash(user.id, await hashPassword(newPassword));
  await sendMail(passwordChangedMessage(user.email, siteUrl(routes.forgotPassword()))).catch((error: unknown) => log.error({ err: error }, "password-changed mail failed"));
}

/** Deletes the account after the learner typed its email (and, for password accounts, the password). */
export async function deleteAccount(userId: string, confirmEmail: string, password: string | undefined): Promise<void> {
  const user = await loadAccount(userId);
  if (confirmEmail !== user.email) throw new AppError("validation", "The request is not valid.", [{ path: "email", message: "Type the email address of this account." }]);
  await assertCurrentPassword(user, password, "password");
  await deleteUserAndData(user);
  log.info({ userId: user.id }, "account deleted");
}
