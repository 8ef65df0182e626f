import { recommend } from "@/lib/api/contract/public";
import { getRecommendation } from "@/lib/choose/learner";
import { toQuery } from "@/lib/choose/questionnaire";
import { endpoint } from "@/lib/http/endpoint";

/**
 * GET /api/recommendation?build=json-api&lang=python&…: the chooser's result as JSON, the same as
 * /choose shows. Public; a signed-in learner's mastery counts too. Bad answers are a 400.
 */
export const GET = endpoint(recommend, async ({ user, query }) => {
  const { ranking, maxPoints } = await getRecommendation(query, user?.id ?? null);
  return {
    status: 200,
    body: { questionnaire: query, share: `/choose?${toQuery(query)}`, signedIn: user !== null, maxPoints, ranking },
    headers: { "cache-control": "private, no-store" },
  };
});
