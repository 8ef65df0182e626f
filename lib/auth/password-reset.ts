import "server-only";
import { deleteAuthTokens, findAuthToken, getUserByEmail, insertAuthToken, takeAuthToken } from "@/lib/db/queries/accounts";
import { getAccountUser } from "@/lib/db/queries/accounts";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { passwordResetMessage } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { hashPassword } from "./password";
import { assertStrongPassword } from "./password-policy";
import { changePasswordHash } from "./sessions";
import { hashToken, newToken, siteUrl } from "./tokens";

export const RESET_MINUTES = 30;

/**
 * "Forgot password": when the address has an account, stores a new reset token and mails its link.
 * Returns nothing either way; the caller answers the same whatever happened here.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await getUserByEmail(email);
  if (!user) return;
  const token = newToken();
  await insertAuthToken({ tokenHash: hashToken(token), kind: "PASSWORD_RESET", userId: user.id, payload: null, expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) });
  await sendMail(passwordResetMessage(user.email, siteUrl(`/reset-password?token=${token}`), RESET_MINUTES));
  log.info({ userId: user.id }, "password reset requested");
}

const invalidLink = () => new AppError("validation", "This reset link is not valid or has expired. Ask for a new one.", [{ path: "token", message: "This reset link is not valid or has expired." }]);

/**
 * Sets a new password from a reset token: the password must pass the policy (checked before the
 * token is spent), then the token dies and every session of the user ends.
 */
export async function resetPassword(token: string, password: string): Promise<void> {
  const found = await findAuthToken("PASSWORD_RESET", hashToken(token));
  if (!found) throw invalidLink();
  const user = await getAccountUser(found.userId);
  if (!user) throw invalidLink();
  assertStrongPassword(password, { email: user.email, name: user.name });
  const passwordHash = await hashPassword(password);
  if (!(await takeAuthToken("PASSWORD_RESET", found.tokenHash))) throw invalidLink();
  await changePasswordHash(user.id, passwordHash);
  await deleteAuthTokens(user.id, "PASSWORD_RESET");
}
