import { register } from "@/lib/api/contract/public";
import { defaultName } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { createUser } from "@/lib/db/queries/users";
import { endpoint } from "@/lib/http/endpoint";

export const POST = endpoint(register, async ({ body: input }) => {
  assertStrongPassword(input.password, input);
  const user = await createUser({
    email: input.email,
    name: input.name ?? defaultName(input.email),
    passwordHash: await hashPassword(input.password),
  });
  return { status: 201, body: { user } };
});
