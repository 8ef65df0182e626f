import { z } from "zod";
import { requireApiUser } from "@/lib/auth/session";
import { setUserTimeZone } from "@/lib/db/queries/users";
import { readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { TimeZone } from "@/lib/progress/days";

const ProfileUpdate = z.strictObject({ timeZone: TimeZone });

/** `PUT { timeZone }`: the browser reports its IANA zone, so days are counted where the learner lives. */
export const PUT = route(async (request) => {
  const input = await readJson(request, ProfileUpdate, 1024);
  const user = await requireApiUser();
  return Response.json({ profile: await setUserTimeZone(user.id, input.timeZone) });
});
