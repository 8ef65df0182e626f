import { saveDraft } from "@/lib/api/contract/attempts";
import { saveDraft as save } from "@/lib/attempts/service";
import { endpoint } from "@/lib/http/endpoint";

/** Autosave: replaces the open attempt's draft answers. */
export const PUT = endpoint(saveDraft, async ({ user, params, body }) => ({ status: 200, body: await save(user.id, params.attemptId, body) }));
