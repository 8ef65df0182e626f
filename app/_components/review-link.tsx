"use client";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { call } from "@/lib/api/client";
import { refs } from "@/lib/api/refs";
import { buttonStyles } from "./ui";
import { routes } from "@/lib/routes";

/** Dispatched on window when reviews change the due count, so the header refreshes it. */
export const REVIEW_CHANGED = "framewise:review-changed";

/** "Review" in the header with the learner's due count, fetched after load so pages stay static. */
export function ReviewLink() {
  const pathname = usePathname();
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      // Through its typed reference (lib/api/refs.ts): the header is on every page, and the contract's
      // schemas stay off them.
      call(refs.getReview, { query: {}, signal: controller.signal })
        .then((result) => setDue(result.ok ? result.data.due : null))
        .catch(() => {}); // aborted: the page moved on
    void load();
    window.addEventListener(REVIEW_CHANGED, load);
    return () => {
      controller.abort();
      window.removeEventListener(REVIEW_CHANGED, load);
    };
  }, [pathname]);
  return (
    <a data-intent href={routes.review()} className={buttonStyles.ghost} data-testid="header-review">
      Review
      {due ? (
        <span className="rounded-full bg-sky-700 px-2 py-0.5 text-xs font-semibold text-white dark:bg-sky-400 dark:text-slate-950" aria-label={`${due} due`}>
          {due}
        </span>
      ) : null}
    </a>
  );
}
