import { getProgress } from "@/lib/api/contract/progress";
import { getDashboard } from "@/lib/db/queries/dashboard";
import { endpoint } from "@/lib/http/endpoint";

/** `?tz=Europe/Berlin` counts days in that zone for this request; otherwise the zone stored on the profile. */
export const GET = endpoint(getProgress, async ({ user, query }) => ({ status: 200, body: await getDashboard(user.id, { timeZone: query.tz }) }));
