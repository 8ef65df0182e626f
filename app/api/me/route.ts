import { cookies } from "next/headers";
import { z } from "zod";
import { deleteAccount } from "@/lib/auth/account";
import { requireApiUser } from "@/lib/auth/session";
import { cookieName } from "@/lib/auth/session-cookie";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";

/** The signed-in user; does nothing but the session check (the benchmark's authenticated no-op). */
export const GET = route(async () => {
  const user = await requireApiUser();
  return Response.json({ user });
});

const Deletion = z.strictObject({ email: z.string().trim().toLowerCase().max(254), password: z.string().max(200).optional() });

/**
 * `DELETE { email, password? }`: deletes the account and all its data in one transaction, once the
 * learner typed the account's email (and its password, for password accounts). The session ends.
 */
export const DELETE = route(async (request) => {
  const user = await requireApiUser();
  const input = await readJson(request, Deletion, 1024);
  await deleteAccount(user.id, input.email, input.password);
  const jar = await cookies();
  for (const cookie of jar.getAll()) if (cookie.name.startsWith(cookieName())) jar.delete(cookie.name);
  return Response.json({ deleted: true });
});
