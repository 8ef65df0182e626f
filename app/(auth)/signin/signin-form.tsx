"use client";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Alert, buttonStyles } from "@/app/_components/ui";
import { pageOrigin, safeCallbackUrl } from "../safe-callback";
import { Field } from "../field";

/** What the server's refusals (the `error` next-auth's client reports) mean for the learner. */
const SIGN_IN_ERRORS: Record<string, string> = {
  TooManyRequests: "Too many sign-in attempts. Wait a few minutes, then try again.",
  Unavailable: "Signing in is temporarily unavailable. Please try again in a few minutes.",
};

export function SignInForm() {
  const router = useRouter();
  const callbackUrl = safeCallbackUrl(useSearchParams().get("callbackUrl"), pageOrigin());
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false }).catch(() => null);
    setPending(false);
    if (!result || result.error) {
      setError(result ? (SIGN_IN_ERRORS[result.error ?? ""] ?? "That email and password do not match an account.") : "Could not reach the server. Check your connection and try again.");
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error" live>{error}</Alert> : null}
      <Field label="Email" name="email" type="email" autoComplete="email" />
      <Field label="Password" name="password" type="password" autoComplete="current-password" />
      <button type="submit" className={`${buttonStyles.primary} w-full`} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        New here?{" "}
        <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-sky-700 underline dark:text-sky-300">
          Create an account
        </Link>
      </p>
    </form>
  );
}
