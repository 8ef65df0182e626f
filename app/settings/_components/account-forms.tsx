"use client";
import { signIn, signOut } from "next-auth/react";
import { refreshSession } from "@/app/_components/session-store";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/app/_components/action-form";
import { Card } from "@/app/_components/ui";

type Props = { name: string; email: string; timeZone: string; hasPassword: boolean };

/** Display name and time zone, email, and password: each its own small form on the JSON API. */
export function AccountForms({ name, email, timeZone, hasPassword }: Props) {
  const router = useRouter();
  return (
    <>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Profile</h2>
        <ActionForm
          method="PUT"
          url="/api/me/profile"
          fields={[
            { label: "Display name", name: "name", autoComplete: "nickname", defaultValue: name },
            { label: "Time zone", name: "timeZone", hint: "An IANA zone such as Europe/Berlin; the dashboard counts days in it.", defaultValue: timeZone },
          ]}
          submitLabel="Save profile"
          successMessage="Profile saved."
          onSuccess={() => router.refresh()}
        />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Email address</h2>
        <ActionForm
          method="POST"
          url="/api/me/email"
          fields={[
            { label: "New email address", name: "email", type: "email", autoComplete: "email" },
            ...(hasPassword ? [{ label: "Current password", name: "password", type: "password", autoComplete: "current-password" }] : []),
          ]}
          submitLabel="Send a confirmation link"
        />
      </Card>
      {hasPassword ? (
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Password</h2>
          <ActionForm
            method="PUT"
            url="/api/me/password"
            fields={[
              { label: "Current password", name: "currentPassword", type: "password", autoComplete: "current-password" },
              { label: "New password", name: "newPassword", type: "password", autoComplete: "new-password", hint: "At least 12 characters, hard to guess. Every other session is signed out." },
            ]}
            submitLabel="Change password"
            successMessage="Password changed. Other devices were signed out."
            // The change ended every session, this one too: sign in again with the new password.
            onSuccess={async (values) => {
              await signIn("credentials", { email, password: values.newPassword, redirect: false });
              void refreshSession();
              router.refresh();
            }}
          />
        </Card>
      ) : null}
    </>
  );
}

export function DeleteAccount({ hasPassword }: { hasPassword: boolean }) {
  return (
    <>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">This deletes your account, progress and quiz attempts for good. It cannot be undone.</p>
      <ActionForm
        method="DELETE"
        url="/api/me"
        danger
        fields={[
          { label: "Type your email address to confirm", name: "email", type: "email", autoComplete: "off" },
          ...(hasPassword ? [{ label: "Password", name: "password", type: "password", autoComplete: "current-password" }] : []),
        ]}
        submitLabel="Delete my account"
        successMessage="Your account was deleted."
        // The server already ended the session; this clears next-auth's client state and goes home.
        onSuccess={() => signOut({ callbackUrl: "/" })}
      />
    </>
  );
}
