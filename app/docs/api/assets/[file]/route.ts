import { docsAsset } from "@/lib/api/docs-assets";

/** Swagger UI's files and its init script for /docs/api, from this origin (no CDN). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const asset = await docsAsset((await params).file);
  if (!asset) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(asset.body, { headers: { "content-type": asset.type, "cache-control": "public, max-age=3600", "x-content-type-options": "nosniff" } });
}
