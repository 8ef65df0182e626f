import { NextResponse, type NextRequest } from "next/server";

/**
 * Refuses paths whose percent-encoding is not valid UTF-8 (e.g. `%ff`). Next would otherwise fail
 * to decode the route params and answer 500 for what is a client's mistake.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    const error = { error: { code: "bad_request", message: "The URL is not valid: its percent-encoding does not decode." } };
    return request.nextUrl.pathname.startsWith("/api/")
      ? NextResponse.json(error, { status: 400 })
      : new NextResponse("Bad request: the URL is not valid.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}

export const config = {
  // Static assets are served by name and never reach a route's params.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
