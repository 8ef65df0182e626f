/** A no-op handler with no database and no session: the ceiling for route-handler benchmarks. */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
