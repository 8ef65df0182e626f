"use client";
import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { buttonStyles } from "../_components/ui";

export default function DashboardError({ reset }: { reset: () => void }) {
  const router = useRouter();
  // `reset` alone re-renders the failed segment from what the client already has; the error came
  // from the server, so fetch the page again and reset once the fresh render arrives.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-semibold">Your dashboard is temporarily unavailable</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">Your progress is safe. Please try again in a moment.</p>
      <button type="button" className={`${buttonStyles.primary} mt-4`} onClick={retry}>
        Try again
      </button>
    </div>
  );
}
