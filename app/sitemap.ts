import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listTracks } from "@/lib/content/load";
import { routes } from "@/lib/routes";
import { siteOrigin } from "@/lib/site";

/** The public pages: the catalog, the framework chooser, every track and every lesson. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // the origin is the running server's, not the build machine's
  const origin = siteOrigin();
  const paths = [routes.home(), routes.choose(), ...listTracks().flatMap((t) => [routes.track(t.slug), ...t.lessons.map((l) => routes.lesson(t.slug, l.slug))])];
  return paths.map((p) => ({ url: origin + p }));
}
