"use client";
import { IntentLink } from "./intent-link";
import { signOut, useSession } from "next-auth/react";
import { ReviewLink } from "./review-link";
import { buttonStyles } from "./ui";
import { routes } from "@/lib/routes";

/** The signed-in part of the header, as a client island so pages around it stay static. */
export function UserMenu() {
  const { data: session, status } = useSession();
  if (status === "loading") return <span className="min-w-20" aria-hidden />;
  if (!session?.user)
    return (
      <div className="flex flex-wrap items-center gap-2">
        <IntentLink href={routes.signIn()} className={buttonStyles.ghost}>
          Sign in
        </IntentLink>
        <IntentLink href={routes.signUp()} className={buttonStyles.primary}>
          Sign up
        </IntentLink>
      </div>
    );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <IntentLink href={routes.dashboard()} className={buttonStyles.ghost}>
        Dashboard
      </IntentLink>
      <ReviewLink />
      <IntentLink href={routes.settings()} className={buttonStyles.ghost}>
        Settings
      </IntentLink>
      <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-300" data-testid="user-name">
        {session.user.name}
      </span>
      <button type="button" className={buttonStyles.secondary} onClick={() => signOut({ callbackUrl: "/" })}>
        Sign out
      </button>
    </div>
  );
}
