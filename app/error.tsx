"use client";
import { buttonStyles } from "./_components/ui";

export default function AppError({ reset }: { reset: () => void }) {
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-semibold">This page is temporarily unavailable</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">Please try again in a moment.</p>
      <button type="button" className={`${buttonStyles.primary} mt-4`} onClick={reset}>
        Try again
      </button>
    </div>
  );
}
