import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { isProtectedPage, signInPath } from "@/lib/auth/protected-pages";
import { decodeSessionCookie } from "@/lib/auth/session-cookie";
import { checkSession } from "@/lib/auth/sessions";
import { buildCsp } from "@/lib/security/csp";

const dev = process.env.NODE_ENV === "development";
let staticHashes: Record<string, string[]> | undefined;

/** Inline-script hashes per prerendered route, written by scripts/csp-hashes.mts after the build. */
function hashesFor(pathname: string): { hashes: string[]; prerendered: boolean } {
  if (!staticHashes) {
    try {
      staticHashes = JSON.parse(readFileSync(path.join(process.cwd(), ".next/csp-hashes.json"), "utf8")) as Record<string, string[]>;
    } catch {
      staticHashes = {};
    }
  }
  const route = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  const own = staticHashes[route];
  // Dynamic pages and 404s may also include the static not-found page's inline scripts (theme, bootstrap).
  return own ? { hashes: own, prerendered: true } : { hashes: staticHashes["/_not-found"] ?? [], prerendered: false };
}

/** Whether the request carries a session that still stands; during an outage the page decides. */
async function signedIn(request: NextRequest): Promise<boolean> {
  try {
    return (await checkSession(await decodeSessionCookie(request.cookies.getAll()))) !== null;
  } catch {
    return true; // the database is unreachable: the page itself shows "temporarily unavailable"
  }
}

/**
 * Runs before every route: refuses undecodable URLs (Next would answer 500), sends signed-out
 * visitors of protected pages to sign in (a 307 before any HTML streams; the pages check again),
 * tags the request with an id for the logs, and sets the Content-Security-Policy (and HSTS over
 * HTTPS) on pages.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    const error = { error: { code: "bad_request", message: "The URL is not valid: its percent-encoding does not decode." } };
    return pathname.startsWith("/api/")
      ? NextResponse.json(error, { status: 400 })
      : new NextResponse("Bad request: the URL is not valid.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }

  if (isProtectedPage(pathname) && !(await signedIn(request)))
    return NextResponse.redirect(new URL(signInPath(pathname + request.nextUrl.search), request.url), 307);

  const requestId = request.headers.get("x-request-id")?.slice(0, 64) || crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);

  let csp: string | undefined;
  if (!pathname.startsWith("/api/")) {
    const { hashes, prerendered } = hashesFor(pathname);
    const nonce = prerendered ? undefined : Buffer.from(crypto.randomUUID()).toString("base64");
    csp = buildCsp({ nonce, hashes, dev });
    // Next reads the nonce from the request's policy and puts it on the scripts it renders.
    headers.set("content-security-policy", csp);
  }

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  if (csp) response.headers.set("content-security-policy", csp);
  if (request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:")
    response.headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  // Static assets are served by name and never reach a route's params. Prerendered pages (the
  // catalog `/`, `/learn/<track>`, `/learn/<track>/<lesson>`) skip the proxy: their CSP, with the
  // hashes of their inline scripts, is a static header written into the routes manifest after the
  // build (scripts/csp-hashes.mts). Quiz pages and everything else still pass through here.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-icon.png|robots.txt|sitemap.xml|learn/[a-z0-9-]+/?$|learn/[a-z0-9-]+/[a-z0-9-]+/?$|$).*)"],
};
