"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { call } from "@/lib/api/client";
import { refs } from "@/lib/api/refs";
import { Alert, buttonStyles } from "@/app/_components/ui";
import { Field } from "../field";
import { pageOrigin, safeCallbackUrl } from "../safe-callback";
import { routes } from "@/lib/routes";

const noSubscription = () => () => {};
type Issues = Partial<Record<"email" | "password" | "name", string>>;

/**
 * Shown after every accepted sign-up. The same words fit a new and an already registered address
 * (whose owner gets a note instead of a link), so the page reveals nothing either.
 */
function CheckYourEmail({ email, onRestart }: { email: string; onRestart: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: move it to the news, which a screen reader then reads.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section role="status" aria-labelledby="check-email-heading" className="space-y-3 rounded-md border border-sky-200 bg-sky-50 px-4 py-4 text-sm dark:border-sky-800 dark:bg-sky-950">
      <h2 id="check-email-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900 outline-none dark:text-slate-50">
        Check your email
      </h2>
      <p>
        We sent a message to <strong className="break-all">{email}</strong>. Follow its link within 24 hours to finish creating your account. If this
        address already has an account, the message tells you how to sign in instead.
      </p>
      <p>Nothing there after a few minutes? Look in your spam folder, or try again.</p>
      <button type="button" onClick={onRestart} className="font-medium text-sky-700 underline dark:text-sky-300">
        Use a different address
      </button>
    </section>
  );
}

export function SignUpForm() {
  const callbackUrl = safeCallbackUrl(useSearchParams().get("callbackUrl"), pageOrigin());
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Issues>({});
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  // Enabled once hydrated: before that a click would submit the form as a plain GET with the password in the URL.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), name: String(form.get("name") ?? "").trim() || undefined };
    setPending(true);
    setError(null);
    setIssues({});
    try {
      const created = await call(refs.register, { body });
      if (!created.ok) {
        setIssues(Object.fromEntries((created.error.issues ?? []).map((i) => [i.path, i.message])));
        setError(created.error.code === "unexpected" ? "Could not create the account." : created.error.message);
        return;
      }
      setSentTo(created.data.email);
    } finally {
      setPending(false);
    }
  }

  if (sentTo) return <CheckYourEmail email={sentTo} onRestart={() => setSentTo(null)} />;

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error" live>{error}</Alert> : null}
      <Field label="Display name" name="name" autoComplete="nickname" required={false} hint="Optional; shown on your dashboard." error={issues.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" error={issues.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" hint="At least 12 characters, hard to guess, and not containing your email address." error={issues.password} />
      <button type="submit" className={`${buttonStyles.primary} w-full`} disabled={pending || !hydrated}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Already have an account?{" "}
        <Link href={routes.signIn(callbackUrl)} className="font-medium text-sky-700 underline dark:text-sky-300">
          Sign in
        </Link>
      </p>
    </form>
  );
}
