import { updateProfile } from "@/lib/api/contract/me";
import { updateProfile as update } from "@/lib/db/queries/accounts";
import { endpoint } from "@/lib/http/endpoint";

/**
 * `PUT { timeZone?, name? }`: the browser reports its IANA zone, so days are counted where the
 * learner lives; /settings also changes the display name.
 */
export const PUT = endpoint(updateProfile, async ({ user, body }) => ({ status: 200, body: { profile: await update(user.id, body) } }));
