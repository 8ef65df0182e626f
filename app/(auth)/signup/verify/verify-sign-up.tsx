"use client";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { Alert, buttonStyles } from "@/app/_components/ui";
import { call } from "@/lib/api/client";
import { refs } from "@/lib/api/refs";
import { routes } from "@/lib/routes";

const noSubscription = () => () => {};

/**
 * One button that posts the link's token (never on page load, so a mail scanner that opens the link
 * creates nothing). Then the sign-in page, with the address filled in.
 */
export function VerifySignUp() {
  const router = useRouter();
  const token = useSearchParams().get("token") ?? "";
  // Enabled once hydrated: before that a click would do nothing.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      const answer = await call(refs.verifyRegistration, { body: { token } });
      if (!answer.ok) {
        setError(answer.error.message);
        return;
      }
      router.push(routes.signInRegistered(answer.data.user.email));
    } finally {
      setPending(false);
    }
  }

  if (!token)
    return (
      <Alert tone="error">
        This link is incomplete. Open the link from the email again, or{" "}
        <Link href={routes.signUp()} className="font-medium underline">
          sign up again
        </Link>
        .
      </Alert>
    );

  return (
    <div className="space-y-4">
      {error ? (
        <div role="status" className="space-y-2">
          <Alert tone="error">{error}</Alert>
          <p className="text-sm">
            <Link href={routes.signUp()} className="font-medium text-sky-700 underline dark:text-sky-300">
              Sign up again
            </Link>{" "}
            or{" "}
            <Link href={routes.signIn()} className="font-medium text-sky-700 underline dark:text-sky-300">
              sign in
            </Link>
            .
          </p>
        </div>
      ) : null}
      {error ? null : (
        <button type="button" onClick={() => void confirm()} className={`${buttonStyles.primary} w-full`} disabled={pending || !hydrated}>
          {pending ? "Creating your account…" : "Confirm and create my account"}
        </button>
      )}
    </div>
  );
}
