import { after } from "next/server";
import { z } from "zod";
import { assertCurrentPassword, loadAccount } from "@/lib/auth/account";
import { Email } from "@/lib/auth/credentials";
import { requestEmailChange } from "@/lib/auth/email-change";
import { requireApiUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { log } from "@/lib/log";
import { rateLimit } from "@/lib/security/rate-limit";

const EmailChange = z.strictObject({ email: Email, password: z.string().max(200).optional() });

/**
 * `POST { email, password }` (the password for password accounts): mails a confirmation link to the
 * new address. 202 whether or not that address already has an account: the lookup and the mail
 * (a link, or a note to the address's owner) run after the response, so its timing says nothing either.
 */
export const POST = route(async (request) => {
  const session = await requireApiUser();
  await rateLimit("emailChangePerUser", session.id);
  const input = await readJson(request, EmailChange, 1024);
  const user = await loadAccount(session.id);
  if (input.email === user.email) throw new AppError("validation", "The request is not valid.", [{ path: "email", message: "This is already your email address." }]);
  await assertCurrentPassword(user, input.password, "password");
  after(() => requestEmailChange(user.id, input.email).catch((error: unknown) => log.error({ err: error }, "email change mail failed")));
  return Response.json({ message: `Check ${input.email} for a link to confirm the change.` }, { status: 202 });
});
