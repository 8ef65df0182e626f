import { after } from "next/server";
import { requestEmailChange } from "@/lib/api/contract/me";
import { assertCurrentPassword, loadAccount } from "@/lib/auth/account";
import { requestEmailChange as request } from "@/lib/auth/email-change";
import { AppError } from "@/lib/errors";
import { endpoint } from "@/lib/http/endpoint";
import { log } from "@/lib/log";

/**
 * `POST { email, password }` (the password for password accounts): mails a confirmation link to the
 * new address. 202 whether or not that address already has an account: the lookup and the mail
 * (a link, or a note to the address's owner) run after the response, so its timing says nothing either.
 */
export const POST = endpoint(requestEmailChange, async ({ user: session, body }) => {
  const user = await loadAccount(session.id);
  if (body.email === user.email) throw new AppError("validation", "The request is not valid.", [{ path: "email", message: "This is already your email address." }]);
  await assertCurrentPassword(user, body.password, "password");
  after(() => request(user.id, body.email).catch((error: unknown) => log.error({ err: error }, "email change mail failed")));
  return { status: 202, body: { message: `Check ${body.email} for a link to confirm the change.` } };
});
