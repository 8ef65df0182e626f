import { requireApiUser } from "@/lib/auth/session";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { route } from "@/lib/http/route";

/** "Sign out everywhere": every session of the caller, this one included, stops working. */
export const POST = route(async () => {
  const user = await requireApiUser();
  await revokeAllSessions(user.id);
  return Response.json({ revoked: "all" });
});
