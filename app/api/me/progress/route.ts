import { z } from "zod";
import { requireApiUser } from "@/lib/auth/session";
import { getDashboard } from "@/lib/db/queries/dashboard";
import { route } from "@/lib/http/route";
import { TimeZone } from "@/lib/progress/days";

/** `?tz=Europe/Berlin` counts days in that zone for this request; otherwise the zone stored on the profile. */
const Query = z.object({ tz: TimeZone.optional() });

export const GET = route(async (request) => {
  const { tz } = Query.parse({ tz: new URL(request.url).searchParams.get("tz") ?? undefined });
  const user = await requireApiUser();
  return Response.json(await getDashboard(user.id, { timeZone: tz }));
});
