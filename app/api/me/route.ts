import { cookies } from "next/headers";
import { deleteMe, getMe } from "@/lib/api/contract/me";
import { deleteAccount } from "@/lib/auth/account";
import { cookieName } from "@/lib/auth/session-cookie";
import { endpoint } from "@/lib/http/endpoint";

/** The signed-in user; does nothing but the session check (the benchmark's authenticated no-op). */
export const GET = endpoint(getMe, async ({ user }) => ({ status: 200, body: { user } }));

/**
 * `DELETE { email, password? }`: deletes the account and all its data in one transaction, once the
 * learner typed the account's email (and its password, for password accounts). The session ends.
 */
export const DELETE = endpoint(deleteMe, async ({ user, body }) => {
  await deleteAccount(user.id, body.email, body.password);
  const jar = await cookies();
  for (const cookie of jar.getAll()) if (cookie.name.startsWith(cookieName())) jar.delete(cookie.name);
  return { status: 200, body: { deleted: true } };
});
