"use client";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { call } from "@/lib/api/client";
import { register } from "@/lib/api/contract/public";
import { Alert, buttonStyles } from "@/app/_components/ui";
import { Field } from "../field";
import { pageOrigin, safeCallbackUrl } from "../safe-callback";

type Issues = Partial<Record<"email" | "password" | "name", string>>;

export function SignUpForm() {
  const router = useRouter();
  const callbackUrl = safeCallbackUrl(useSearchParams().get("callbackUrl"), pageOrigin());
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Issues>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), name: String(form.get("name") ?? "").trim() || undefined };
    setPending(true);
    setError(null);
    setIssues({});
    try {
      const created = await call(register, { body });
      if (!created.ok) {
        setIssues(Object.fromEntries((created.error.issues ?? []).map((i) => [i.path, i.message])));
        setError(created.error.code === "unexpected" ? "Could not create the account." : created.error.message);
        return;
      }
      const signedIn = await signIn("credentials", { email: body.email, password: body.password, redirect: false });
      if (!signedIn || signedIn.error) {
        setError("Your account was created, but signing in failed. Try signing in.");
        return;
      }
      router.push(callbackUrl);
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error" live>{error}</Alert> : null}
      <Field label="Display name" name="name" autoComplete="nickname" required={false} hint="Optional; shown on your dashboard." error={issues.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" error={issues.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" hint="At least 12 characters, hard to guess, and not containing your email address." error={issues.password} />
      <button type="submit" className={`${buttonStyles.primary} w-full`} disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Already have an account?{" "}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-sky-700 underline dark:text-sky-300">
          Sign in
        </Link>
      </p>
    </form>
  );
}
