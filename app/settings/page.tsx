import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, PageHeading } from "@/app/_components/ui";
import { SignOutEverywhere } from "@/app/dashboard/_components/sign-out-everywhere";
import { requireUser } from "@/lib/auth/session";
import { getAccountUser } from "@/lib/db/queries/accounts";
import { AccountForms, DeleteAccount } from "./_components/account-forms";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const session = await requireUser(routes.settings());
  const user = await getAccountUser(session.id);
  if (!user) redirect(routes.signIn(routes.settings()));
  const hasPassword = user.passwordHash !== null;
  return (
    <div className="mx-auto max-w-xl space-y-8">
      <PageHeading title="Settings" lead={`Signed in as ${user.email}.`} />
      <AccountForms name={user.name} email={user.email} timeZone={user.timeZone ?? "UTC"} hasPassword={hasPassword} />
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Sessions</h2>
        <SignOutEverywhere />
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Your data</h2>
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">
          Your account, lesson progress and every quiz attempt with its answers and grades, as JSON.
          {user.accounts.length ? " Single sign-on is linked to this account." : ""}
        </p>
        <a href="/api/me/export" download className="font-medium text-sky-700 underline dark:text-sky-300">
          Download my data
        </a>
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Delete my account</h2>
        <DeleteAccount hasPassword={hasPassword} />
      </Card>
    </div>
  );
}
