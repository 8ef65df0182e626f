import "server-only";
import { env } from "@/lib/env";
import { AppError, errorBody } from "@/lib/errors";
import { clientIp, rateLimit } from "@/lib/security/rate-limit";
import { normaliseEmail } from "./credentials";

/**
 * Rate-limits credential sign-ins per IP and per account before next-auth sees them. Returns a
 * 429 response when over the limit, else null. The body also carries the `url` next-auth's client
 * reads, so `signIn()` reports `error: "TooManyRequests"` instead of failing.
 */
export async function guardCredentialSignIn(request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith("/callback/credentials")) return null;
  let email = "";
  try {
    email = normaliseEmail(String((await request.clone().formData()).get("email") ?? ""));
  } catch {
    // not a form body: next-auth will refuse it itself
  }
  try {
    await rateLimit("signInPerIp", clientIp(request));
    if (email) await rateLimit("signInPerAccount", email);
    return null;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "rate_limited") throw error;
    const base = env.NEXTAUTH_URL ?? new URL(request.url).origin;
    return Response.json(
      { url: `${base}/signin?error=TooManyRequests`, ...errorBody(error.code, error.message) },
      { status: 429, headers: error.headers },
    );
  }
}
