import "server-only";
import { env } from "@/lib/env";

/** The site's public origin (for sitemap.xml and robots.txt), from NEXTAUTH_URL at run time. */
export const siteOrigin = (): string => new URL(env.NEXTAUTH_URL ?? "http://localhost:3000").origin;
