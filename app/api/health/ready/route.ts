import { errorBody } from "@/lib/errors";
import { getReadiness } from "@/lib/health/ready";

/** Readiness: 200 when PostgreSQL (and Redis, if configured) answer quickly, else 503; proxies route on it. */
export const dynamic = "force-dynamic";

export async function GET() {
  const { ready, checks } = await getReadiness();
  const headers = { "cache-control": "no-store" };
  if (ready) return Response.json({ status: "ready", checks }, { headers });
  const down = Object.entries(checks).filter(([, state]) => state === "down").map(([name]) => name);
  return Response.json({ ...errorBody("unavailable", `Not ready: ${down.join(" and ")} did not answer in time.`), checks }, { status: 503, headers });
}
