import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { guardCredentialSignIn } from "@/lib/auth/sign-in-guard";
import { AUTH_PAGES_CSP } from "@/lib/security/csp";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's own pages (error, sign-out) are plain HTML with inline styles and no scripts. */
function withCsp(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set("content-security-policy", AUTH_PAGES_CSP);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export async function GET(request: NextRequest, context: Context) {
  return withCsp(await handler(request, context));
}

export async function POST(request: NextRequest, context: Context) {
  return withCsp(await guardCredentialSignIn(request, (capped) => handler(capped, context)));
}
