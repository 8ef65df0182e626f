"use client";
import Link from "next/link";
import { getProviders, signIn } from "next-auth/react";
import { refreshSession } from "@/app/_components/session-store";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { Alert, buttonStyles } from "@/app/_components/ui";
import { pageOrigin, safeCallbackUrl } from "../safe-callback";
import { Field } from "../field";
import { routes } from "@/lib/routes";

/** What the server's refusals (the `error` next-auth's client reports) mean for the learner. */
const SIGN_IN_ERRORS: Record<string, string> = {
  TooManyRequests: "Too many sign-in attempts. Wait a few minutes, then try again.",
  Unavailable: "Signing in is temporarily unavailable. Please try again in a few minutes.",
  OidcUnverifiedEmail: "Your school account did not confirm a verified email address, so it cannot sign you in here.",
  OidcProfile: "Your school account did not send what we need to sign you in. Ask your school's administrator.",
};

/** Shown when single sign-on is switched on: a button per OpenID Connect provider (read at run time). */
function SingleSignOn({ callbackUrl }: { callbackUrl: string }) {
  const [providers, setProviders] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    getProviders()
      .then((all) => setProviders(Object.values(all ?? {}).filter((p) => p.type === "oauth")))
      .catch(() => setProviders([]));
  }, []);
  if (providers.length === 0) return null;
  return (
    <div className="mb-6 space-y-2">
      {providers.map((p) => (
        <button key={p.id} type="button" className={`${buttonStyles.secondary} w-full`} onClick={() => void signIn(p.id, { callbackUrl })}>
          Sign in with {p.name}
        </button>
      ))}
      <p className="text-center text-sm text-slate-600 dark:text-slate-300">or with your email and password</p>
    </div>
  );
}

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const callbackUrl = safeCallbackUrl(params.get("callbackUrl"), pageOrigin());
  const linking = callbackUrl.startsWith("/settings/link-account");
  // Arriving from a confirmed sign-up link: the address is known, the password is what is left.
  const registered = params.get("registered") === "1";
  const prefilledEmail = params.get("email") ?? undefined;
  const [error, setError] = useState<string | null>(SIGN_IN_ERRORS[params.get("error") ?? ""] ?? null);
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
    // The header reads the session from its own store (not next-auth's provider): tell it.
    void refreshSession();
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <>
    {linking ? null : <SingleSignOn callbackUrl={callbackUrl} />}
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {linking ? <Alert tone="info">An account with this email already exists. Sign in with its password once to link your school sign-in to it.</Alert> : null}
      {registered && !error ? <Alert tone="success" live>Your account is ready. Sign in with your password to start.</Alert> : null}
      {error ? <Alert tone="error" live>{error}</Alert> : null}
      <Field label="Email" name="email" type="email" autoComplete="email" defaultValue={prefilledEmail} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" />
      <button type="submit" className={`${buttonStyles.primary} w-full`} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="text-sm">
        <Link href={routes.forgotPassword()} className="font-medium text-sky-700 underline dark:text-sky-300">
          Forgot password?
        </Link>
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        New here?{" "}
        <Link href={routes.signUp(callbackUrl)} className="font-medium text-sky-700 underline dark:text-sky-300">
          Create an account
        </Link>
      </p>
    </form>
    </>
  );
}
