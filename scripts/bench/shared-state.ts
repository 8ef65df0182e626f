// Evidence that the app keeps no state of its own: an attempt started on one instance is read and
// submitted on the other with the same session cookie, and a second submit anywhere is refused.
import type { OpenAttempt } from "./database.ts";
import { correctSubmission } from "./database.ts";

export async function checkSharedState(urls: [string, string], attempt: OpenAttempt, cookie: string): Promise<string> {
  const [a, b] = urls;
  const headers = { cookie, "content-type": "application/json" };
  const read = await fetch(`${a}/api/attempts/${attempt.id}`, { headers });
  const first = await fetch(`${b}/api/attempts/${attempt.id}/submit`, { method: "POST", headers, body: correctSubmission(attempt) });
  const again = await fetch(`${a}/api/attempts/${attempt.id}/submit`, { method: "POST", headers, body: correctSubmission(attempt) });
  const after = await fetch(`${a}/api/attempts/${attempt.id}`, { headers });
  const submitted = ((await after.json()) as { attempt?: { submittedAt?: string | null } }).attempt?.submittedAt;
  const ok = read.status === 200 && first.status === 200 && again.status === 409 && Boolean(submitted);
  const detail = `read on A ${read.status}, submit on B ${first.status}, submit again on A ${again.status}, A sees it submitted: ${Boolean(submitted)}`;
  if (!ok) throw new Error(`the two instances do not share state: ${detail}`);
  return detail;
}
