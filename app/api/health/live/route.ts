/** Liveness: the process answers HTTP. No database, no session; restart the instance when it fails. */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "live" }, { headers: { "cache-control": "no-store" } });
}
