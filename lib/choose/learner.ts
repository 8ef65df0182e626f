import "server-only";
import { listTracks } from "@/lib/content/load";
import { getDashboard } from "@/lib/db/queries/dashboard";
import { masteryByFramework } from "./mastery";
import type { Questionnaire } from "./questionnaire";
import { recommend, type LearnerMastery, type Recommendation } from "./score";

/** The signed-in learner's mastery per framework, from the dashboard's one statement. */
export async function getLearnerMastery(userId: string): Promise<LearnerMastery> {
  const dashboard = await getDashboard(userId);
  return masteryByFramework(dashboard.mastery, dashboard.tracks, listTracks());
}

/** The recommendation for these answers; for a signed-in learner it also weighs their mastery. */
export async function getRecommendation(q: Questionnaire, userId: string | null): Promise<Recommendation> {
  return recommend(q, userId ? await getLearnerMastery(userId) : undefined);
}
