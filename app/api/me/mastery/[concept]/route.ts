import { requireApiUser } from "@/lib/auth/session";
import { getConceptMastery } from "@/lib/db/queries/progress";
import { AppError } from "@/lib/errors";
import { parseParam, SlugParam } from "@/lib/http/body";
import { route } from "@/lib/http/route";

/** The caller's mastery of one concept in each framework, and the compare quiz that raises it. */
export const GET = route<{ concept: string }>(async (_request, params) => {
  const user = await requireApiUser();
  const mastery = await getConceptMastery(user.id, parseParam(SlugParam, params.concept, "concept"));
  if (!mastery) throw new AppError("not_found", "No such concept.");
  return Response.json(mastery);
});
