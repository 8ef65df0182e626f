import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A URL-safe secret of 256 bits; only its hash is stored. */
export const newToken = () => randomBytes(32).toString("base64url");

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export { TokenString } from "./token-string";

/** Absolute URL of a path on this site, for links in emails (NEXTAUTH_URL is set by `npm start`). */
export function siteUrl(pathAndQuery: string, fallbackOrigin?: string): string {
  const base = process.env.NEXTAUTH_URL ?? fallbackOrigin ?? "http://localhost:3000";
  return new URL(pathAndQuery, base).toString();
}
