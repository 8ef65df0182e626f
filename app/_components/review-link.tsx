"use client";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { request } from "@/lib/api/client";
import { buttonStyles } from "./ui";
import { routes } from "@/lib/routes";

/** Dispatched on window when reviews change the due count, so the header refreshes it. */
export const REVIEW_CHANGED = "framewise:review-changed";

/**
 * The due count of `GET /api/me/review` (lib/api/contract/progress.ts, `getReview`). Read through the
 * untyped `request`, not `call(getReview)`: the header is on every page, and importing the contract
 * would bring zod and its schemas (~30 KB gzip, and an eval probe the CSP refuses) to all of them,
 * or cost a separate chunk request after load when loaded lazily.
 */
const dueOf = (data: unknown): number | null =>
  typeof data === "object" && data !== null && "due" in data && typeof data.due === "number" ? data.due : null;

/** "Review" in the header with the learner's due count, fetched after load so pages stay static. */
export function ReviewLink() {
  const pathname = usePathname();
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      request("GET", "/api/me/review", undefined, controller.signal)
        .then((result) => setDue(result.ok ? dueOf(result.data) : null))
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
