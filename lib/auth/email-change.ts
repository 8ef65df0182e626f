import "server-only";
import { getUserByEmail, insertAuthToken, takeAuthToken, updateEmail } from "@/lib/db/queries/accounts";
import { AppError } from "@/lib/errors";
import { emailChangeMessage, emailTakenMessage } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { hashToken, newToken, siteUrl } from "./tokens";
import { routes } from "@/lib/routes";

export const EMAIL_CHANGE_MINUTES = 60;

/**
 * Mails a confirmation link to the new address. When that address already has an account, it gets
 * a note instead and nothing changes: the requester sees the same answer either way.
 */
export async function requestEmailChange(userId: string, newEmail: string): Promise<void> {
  if (await getUserByEmail(newEmail)) {
    await sendMail(emailTakenMessage(newEmail, siteUrl(routes.signIn())));
    return;
  }
  const token = newToken();
  await insertAuthToken({ tokenHash: hashToken(token), kind: "EMAIL_CHANGE", userId, payload: newEmail, expiresAt: new Date(Date.now() + EMAIL_CHANGE_MINUTES * 60_000) });
  await sendMail(emailChangeMessage(newEmail, siteUrl(routes.confirmEmail(token)), EMAIL_CHANGE_MINUTES));
}

/** Applies a confirmed change; the token works once. Returns the new address. */
export async function confirmEmailChange(token: string): Promise<string> {
  const row = await takeAuthToken("EMAIL_CHANGE", hashToken(token));
  if (!row?.payload) throw new AppError("validation", "This confirmation link is not valid or has expired.", [{ path: "token", message: "This link is not valid or has expired." }]);
  await updateEmail(row.userId, row.payload);
  return row.payload;
}
