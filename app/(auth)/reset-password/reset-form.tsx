"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { ActionForm } from "@/app/_components/action-form";
import { routes } from "@/lib/routes";

export function ResetForm() {
  const token = useSearchParams().get("token") ?? "";
  const [done, setDone] = useState(false);
  return (
    <div className="space-y-4">
      <ActionForm
        method="POST"
        url="/api/password/reset"
        extra={{ token }}
        fields={[{ label: "New password", name: "password", type: "password", autoComplete: "new-password", hint: "At least 12 characters, hard to guess, and not containing your email address." }]}
        submitLabel="Set the new password"
        successMessage="Your password was changed. Sign in with it now."
        onSuccess={() => setDone(true)}
      />
      {done ? (
        <Link href={routes.signIn()} className="font-medium text-sky-700 underline dark:text-sky-300">
          Sign in
        </Link>
      ) : null}
    </div>
  );
}
