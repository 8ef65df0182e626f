import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";

/** A URL-safe secret of 256 bits; only its hash is stored. */
export const newToken = () => randomBytes(32).toString("base64url");

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** What a token in a request body or link must look like (anything else is refused unread). */
export const TokenString = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This link is not valid." });

/** Absolute URL of a path on this site, for links in emails (`npm start` sets NEXTAUTH_URL when unset). */
export function siteUrl(pathAndQuery: string, fallbackOrigin?: string): string {
  const base = env.NEXTAUTH_URL ?? fallbackOrigin ?? "http://localhost:3000";
  return new URL(pathAndQuery, base).toString();
}
