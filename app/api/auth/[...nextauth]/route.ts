import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { guardCredentialSignIn } from "@/lib/auth/sign-in-guard";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

export const GET = handler;
export async function POST(request: Request, context: Context) {
  return (await guardCredentialSignIn(request)) ?? handler(request, context);
}
