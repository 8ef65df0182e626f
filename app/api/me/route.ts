import { requireApiUser } from "@/lib/auth/session";
import { route } from "@/lib/http/route";

/** The signed-in user; does nothing but the session check (the benchmark's authenticated no-op). */
export const GET = route(async () => {
  const user = await requireApiUser();
  return Response.json({ user });
});
