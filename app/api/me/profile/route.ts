import { z } from "zod";
import { requireApiUser } from "@/lib/auth/session";
import { updateProfile } from "@/lib/db/queries/accounts";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { TimeZone } from "@/lib/progress/days";
import { storableString } from "@/lib/validation/text";

const ProfileUpdate = z
  .strictObject({ timeZone: TimeZone.optional(), name: storableString().trim().min(1, { error: "Enter a name." }).max(80).optional() })
  .refine((input) => input.timeZone !== undefined || input.name !== undefined, { error: "Send a name or a time zone." });

/**
 * `PUT { timeZone?, name? }`: the browser reports its IANA zone, so days are counted where the
 * learner lives; /settings also changes the display name.
 */
export const PUT = route(async (request) => {
  const input = await readJson(request, ProfileUpdate, 1024);
  const user = await requireApiUser();
  return Response.json({ profile: await updateProfile(user.id, input) });
});
