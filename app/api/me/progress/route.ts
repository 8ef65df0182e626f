import { requireApiUser } from "@/lib/auth/session";
import { listTracks } from "@/lib/content/load";
import { getProgressRecords } from "@/lib/db/queries/progress";
import { route } from "@/lib/http/route";
import { buildDashboard } from "@/lib/progress/stats";

export const GET = route(async () => {
  const user = await requireApiUser();
  return Response.json(buildDashboard(listTracks(), await getProgressRecords(user.id)));
});
