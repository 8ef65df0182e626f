import { getMastery } from "@/lib/api/contract/progress";
import { getConceptMastery } from "@/lib/db/queries/progress";
import { AppError } from "@/lib/errors";
import { endpoint } from "@/lib/http/endpoint";

/** The caller's mastery of one concept in each framework, and the compare quiz that raises it. */
export const GET = endpoint(getMastery, async ({ user, params }) => {
  const mastery = await getConceptMastery(user.id, params.concept);
  if (!mastery) throw new AppError("not_found", "No such concept.");
  return { status: 200, body: mastery };
});
