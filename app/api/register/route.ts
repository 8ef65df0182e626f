import { after } from "next/server";
import { register } from "@/lib/api/contract/public";
import { defaultName } from "@/lib/auth/credentials";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { finishRegistrationRequest, startRegistration, verificationSent } from "@/lib/auth/registration";
import { endpoint } from "@/lib/http/endpoint";
import { rateLimit } from "@/lib/security/rate-limit";

/**
 * 202 `{ status: "verification_sent", email, message }` for every valid request. A new address gets
 * a link that creates the account (`POST /api/register/verify`); an address that already has one
 * gets a note to its owner instead. Bad input is a 400 that depends on the input alone.
 */
export const POST = endpoint(register, async ({ body: input }) => {
  assertStrongPassword(input.password, input);
  // Caps the mail one address receives; spent alike for new and registered addresses.
  await rateLimit("registerPerEmail", input.email);
  const mail = await startRegistration({ email: input.email, name: input.name ?? defaultName(input.email), password: input.password });
  after(() => finishRegistrationRequest(mail));
  return { status: 202, body: verificationSent(input.email) };
});
