import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/** A URL-safe secret of 256 bits; only its hash is stored. */
export const newToken = () => randomBytes(32).toString("base64url");

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export { TokenString } from "./token-string";

/** Absolute URL of a path on this site, for links in emails (`npm start` sets NEXTAUTH_URL when unset). */
export function siteUrl(pathAndQuery: string, fallbackOrigin?: string): string {
  const base = env.NEXTAUTH_URL ?? fallbackOrigin ?? "http://localhost:3000";
  return new URL(pathAndQuery, base).toString();
}
