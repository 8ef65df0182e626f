import { defaultName, Registration } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { createUser } from "@/lib/db/queries/users";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { clientIp, rateLimit } from "@/lib/security/rate-limit";

export const POST = route(async (request) => {
  await rateLimit("registerPerIp", clientIp(request));
  const input = await readJson(request, Registration, 4 * 1024);
  assertStrongPassword(input.password, input);
  const user = await createUser({
    email: input.email,
    name: input.name ?? defaultName(input.email),
    passwordHash: await hashPassword(input.password),
  });
  return Response.json({ user }, { status: 201 });
});
