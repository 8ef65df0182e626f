import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteOrigin } from "@/lib/site";

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection(); // the origin is the running server's, not the build machine's
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/dashboard", "/admin", "/review", "/learn/*/*/quiz"] },
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
