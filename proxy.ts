import { NextResponse, type NextRequest } from "next/server";

/**
 * Runs before every route: tags the request with an id for the logs, and refuses paths whose
 * percent-encoding is not valid UTF-8 (e.g. `%ff`), which Next would otherwise answer with a 500.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    const error = { error: { code: "bad_request", message: "The URL is not valid: its percent-encoding does not decode." } };
    return request.nextUrl.pathname.startsWith("/api/")
      ? NextResponse.json(error, { status: 400 })
      : new NextResponse("Bad request: the URL is not valid.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const requestId = request.headers.get("x-request-id")?.slice(0, 64) || crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  // Static assets are served by name and never reach a route's params.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
