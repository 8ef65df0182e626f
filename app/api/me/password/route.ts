import { z } from "zod";
import { changePassword } from "@/lib/auth/account";
import { Password } from "@/lib/auth/credentials";
import { requireApiUser } from "@/lib/auth/session";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";

const PasswordChange = z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: Password });

/** `PUT { currentPassword, newPassword }`: every session ends, this one too (the page signs in again). */
export const PUT = route(async (request) => {
  const user = await requireApiUser();
  const input = await readJson(request, PasswordChange, 2048);
  await changePassword(user.id, input.currentPassword, input.newPassword);
  return Response.json({ changed: true });
});
