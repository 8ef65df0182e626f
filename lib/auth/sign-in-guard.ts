import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { NextRequest } from "next/server";
import { getUserForSignIn } from "@/lib/db/queries/users";
import { env } from "@/lib/env";
import { AppError, errorBody, toAppError } from "@/lib/errors";
import { readBytesCapped } from "@/lib/http/body";
import { log } from "@/lib/log";
import { clientIp, rateLimit, refund, type LimitName } from "@/lib/security/rate-limit";
import { SignIn } from "./credentials";
import { burnVerifyTime, verifyPassword } from "./password";

/** Email, password, CSRF token and next-auth's few fields fit in far less. */
export const SIGN_IN_MAX_BODY_BYTES = 4 * 1024;

export type AuthorizedUser = { id: string; email: string; name: string; role: "USER" | "ADMIN" };

/** One credentials sign-in in flight: where it comes from, and why it was refused, if it was. */
type Attempt = { address: string; refusal?: AppError };
const attempts = new AsyncLocalStorage<Attempt>();

/**
 * Runs a POST to next-auth. For the credentials callback it caps the body before anything parses
 * it, and turns a refusal that `authorizeCredentials` recorded into a 429 or 503 whose body also
 * carries the `url` next-auth's client reads (`signIn()` then reports `TooManyRequests` or
 * `Unavailable`). Next-auth itself would answer 401 and put the reason into a URL.
 */
export async function guardCredentialSignIn(request: NextRequest, handle: (request: NextRequest) => Promise<Response>): Promise<Response> {
  if (!request.nextUrl.pathname.endsWith("/callback/credentials")) return handle(request);
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBytesCapped(request, SIGN_IN_MAX_BODY_BYTES);
  } catch (error) {
    const refusal = toAppError(error);
    return Response.json(errorBody(refusal.code, refusal.message), { status: refusal.status });
  }
  const capped = new NextRequest(request.url, { method: request.method, headers: request.headers, body });
  const attempt: Attempt = { address: clientIp(request) };
  const response = await attempts.run(attempt, () => handle(capped));
  if (!attempt.refusal) return response;
  const { code, message, status, headers } = attempt.refusal;
  const reason = code === "rate_limited" ? "TooManyRequests" : "Unavailable";
  const base = env.NEXTAUTH_URL ?? request.nextUrl.origin;
  return Response.json({ url: `${base}/signin?error=${reason}`, ...errorBody(code, message) }, { status, headers });
}

/**
 * next-auth's `authorize` for email and password, on exactly the credentials next-auth parsed.
 * Each password check first spends a point per address and per account, so concurrent guesses
 * cannot overrun the budget; a correct password gives both back, so only failed checks count.
 * Input that never reaches a password check (malformed, or refused before it) counts nothing.
 */
export async function authorizeCredentials(credentials: unknown): Promise<AuthorizedUser | null> {
  const input = SignIn.safeParse(credentials);
  if (!input.success) return null;
  const { email, password } = input.data;
  const attempt = attempts.getStore();
  if (!attempt) throw new Error("Configuration"); // only reachable through guardCredentialSignIn
  const spent: [LimitName, string][] = [];
  const giveBack = () => Promise.all(spent.map(([name, key]) => refund(name, key))).catch(() => {});
  try {
    for (const [name, key] of [["signInPerIp", attempt.address], ["signInPerAccount", email]] as const) {
      await rateLimit(name, key);
      spent.push([name, key]);
    }
  } catch (error) {
    await giveBack();
    return refuse(attempt, error);
  }

  try {
    const user = await getUserForSignIn(email);
    if (!user) {
      await burnVerifyTime(password);
      return null;
    }
    if (!(await verifyPassword(user.passwordHash, password))) return null;
    await giveBack();
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  } catch (error) {
    // The database is down (or failing): no password was checked, so nothing counts.
    log.error({ err: error }, "sign-in failed: the account could not be read");
    await giveBack();
    return refuse(attempt, new AppError("unavailable", "Signing in is temporarily unavailable. Please try again shortly."));
  }
}

/** Records why, for guardCredentialSignIn's response, and stops next-auth with a message free of detail. */
function refuse(attempt: Attempt, error: unknown): never {
  const appError = toAppError(error);
  attempt.refusal = appError.code === "rate_limited" ? appError : new AppError("unavailable", "Signing in is temporarily unavailable. Please try again shortly.");
  throw new Error(appError.code === "rate_limited" ? "TooManyRequests" : "Unavailable");
}
