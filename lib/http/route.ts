import "server-only";
import { errorBody, toAppError, AppError } from "@/lib/errors";
import { log } from "@/lib/log";

type Context<P> = { params: Promise<P> };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Browsers tell us where a request comes from. A mutating request from another site is refused,
 * so a page elsewhere cannot submit or autosave with a signed-in learner's cookies.
 * Non-browser clients send neither header and are unaffected.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers.get("sec-fetch-site") === "cross-site") throw new AppError("forbidden", "Cross-site requests are not allowed.");
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" or garbage: not our origin
  }
  if (originHost !== host) throw new AppError("forbidden", "Cross-site requests are not allowed.");
}

/**
 * Wraps a route handler: origin check, one JSON error path, `Cache-Control: no-store` (API answers
 * are per user or per moment: no browser or shared cache may keep them), and a log line per request.
 */
export function route<P = Record<string, never>>(handler: (request: Request, params: P) => Promise<Response>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    const started = performance.now();
    const requestId = request.headers.get("x-request-id") ?? undefined;
    let response: Response;
    try {
      assertSameOrigin(request);
      response = await handler(request, await context.params);
    } catch (error) {
      if (request.signal.aborted) {
        // The client went away (e.g. a load generator stopping mid-request): not a server error.
        log.info({ requestId, method: request.method, path: new URL(request.url).pathname, ms: Math.round(performance.now() - started) }, "client disconnected");
        return new Response(null, { status: 499 });
      }
      const appError = toAppError(error);
      if (appError.status >= 500) log.error({ requestId, err: error }, "request failed");
      response = Response.json(errorBody(appError.code, appError.message, appError.issues), { status: appError.status, headers: appError.headers });
    }
    if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
    log.info({ requestId, method: request.method, path: new URL(request.url).pathname, status: response.status, ms: Math.round(performance.now() - started) }, "api");
    return response;
  };
}
