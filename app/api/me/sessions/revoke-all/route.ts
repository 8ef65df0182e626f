import { revokeAllSessions } from "@/lib/api/contract/me";
import { revokeAllSessions as revoke } from "@/lib/auth/sessions";
import { endpoint } from "@/lib/http/endpoint";

/** "Sign out everywhere": every session of the caller, this one included, stops working. */
export const POST = endpoint(revokeAllSessions, async ({ user }) => {
  await revoke(user.id);
  return { status: 200, body: { revoked: "all" } };
});
