import { getReview } from "@/lib/api/contract/progress";
import { getReviewOverview } from "@/lib/db/queries/review";
import { endpoint } from "@/lib/http/endpoint";

/** `?tz=` counts days in that zone for this request; otherwise the zone stored on the profile. */
export const GET = endpoint(getReview, async ({ user, query }) => ({ status: 200, body: await getReviewOverview(user.id, { timeZone: query.tz }) }));
