"use client";
import { ReviewLink } from "./review-link";
import { useSession } from "./session-store";
import { buttonStyles } from "./ui";
import { routes } from "@/lib/routes";

// next-auth/react (its client, CSRF fetch and broadcast) loads only when someone signs out.
const signOut = () => import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" }));

/** The signed-in part of the header, as a client island so pages around it stay static. Links are plain `<a data-intent>` (see intent-links.tsx). */
export function UserMenu() {
  const session = useSession();
  if (session.status === "loading") return <span className="min-w-20" aria-hidden />;
  if (session.status === "unauthenticated")
    return (
      <div className="flex flex-wrap items-center gap-2">
        <a data-intent href={routes.signIn()} className={buttonStyles.ghost}>
          Sign in
        </a>
        <a data-intent href={routes.signUp()} className={buttonStyles.primary}>
          Sign up
        </a>
      </div>
    );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <a data-intent href={routes.dashboard()} className={buttonStyles.ghost}>
        Dashboard
      </a>
      <ReviewLink />
      <a data-intent href={routes.settings()} className={buttonStyles.ghost}>
        Settings
      </a>
      <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-300" data-testid="user-name">
        {session.user.name}
      </span>
      <button type="button" className={buttonStyles.secondary} onClick={() => void signOut()}>
        Sign out
      </button>
    </div>
  );
}
