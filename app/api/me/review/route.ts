import { z } from "zod";
import { requireApiUser } from "@/lib/auth/session";
import { getReviewOverview } from "@/lib/db/queries/review";
import { route } from "@/lib/http/route";
import { TimeZone } from "@/lib/progress/days";

/** `?tz=` counts days in that zone for this request; otherwise the zone stored on the profile. */
const Query = z.object({ tz: TimeZone.optional() });

export const GET = route(async (request) => {
  const { tz } = Query.parse({ tz: new URL(request.url).searchParams.get("tz") ?? undefined });
  const user = await requireApiUser();
  return Response.json(await getReviewOverview(user.id, { timeZone: tz }));
});
