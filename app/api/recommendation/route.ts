import { getSessionUser } from "@/lib/auth/session";
import { getRecommendation } from "@/lib/choose/learner";
import { queryToObject, Questionnaire, toQuery } from "@/lib/choose/questionnaire";
import { route } from "@/lib/http/route";

/**
 * GET /api/recommendation?build=json-api&lang=python&…: the chooser's result as JSON, the same as
 * /choose shows. Public; a signed-in learner's mastery counts too. Bad answers are a 400.
 */
export const GET = route(async (request) => {
  const questionnaire = Questionnaire.parse(queryToObject(new URL(request.url).searchParams));
  const user = await getSessionUser();
  const { ranking, maxPoints } = await getRecommendation(questionnaire, user?.id ?? null);
  return Response.json(
    { questionnaire, share: `/choose?${toQuery(questionnaire)}`, signedIn: user !== null, maxPoints, ranking },
    { headers: { "cache-control": "private, no-store" } },
  );
});
