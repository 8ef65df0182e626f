import { defaultName, Registration } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { createUser } from "@/lib/db/queries/users";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";

export const POST = route(async (request) => {
  const input = await readJson(request, Registration, 4 * 1024);
  const user = await createUser({
    email: input.email,
    name: input.name ?? defaultName(input.email),
    passwordHash: await hashPassword(input.password),
  });
  return Response.json({ user }, { status: 201 });
});
