import { changePassword } from "@/lib/api/contract/me";
import { changePassword as change } from "@/lib/auth/account";
import { endpoint } from "@/lib/http/endpoint";

/** `PUT { currentPassword, newPassword }`: every session ends, this one too (the page signs in again). */
export const PUT = endpoint(changePassword, async ({ user, body }) => {
  await change(user.id, body.currentPassword, body.newPassword);
  return { status: 200, body: { changed: true } };
});
