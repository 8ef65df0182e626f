import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { decodeSessionCookie } from "./session-cookie";
import { checkSession } from "./sessions";
import { routes } from "@/lib/routes";

export type SessionUser = { id: string; email: string; name: string; role: "USER" | "ADMIN" };

/**
 * The signed-in user, read once per request: the session cookie decoded, then checked against the
 * database (revoked, signed out everywhere, deleted user: null). The role is the current one.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = await decodeSessionCookie((await cookies()).getAll());
  const checked = await checkSession(token);
  if (!checked) return null;
  return { id: checked.id, email: token?.email ?? "", name: token?.name ?? "", role: checked.role };
});

/** For pages: sends a signed-out visitor to sign in and back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(routes.signIn(returnTo));
  return user;
}

/** For route handlers: a signed-out caller gets a 401. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthorized", "Sign in to use this endpoint.");
  return user;
}
