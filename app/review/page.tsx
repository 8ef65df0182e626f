import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getReviewOverview, listMissed } from "@/lib/db/queries/review";
import { PageHeading } from "../_components/ui";
import { ReviewForecast } from "./_components/review-forecast";
import { ReviewSession } from "./_components/review-session";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await requireUser(routes.review());
  const [overview, missed] = await Promise.all([getReviewOverview(user.id), listMissed(user.id)]);

  return (
    <>
      <PageHeading
        title="Review"
        lead={
          <span data-testid="review-due-count">
            {overview.due === 0 ? "Nothing due now." : `${overview.due} ${overview.due === 1 ? "card" : "cards"} due now.`} Questions you have answered come back just before you
            would forget them; the ones you missed come back soonest.
          </span>
        }
      />
      <div className="max-w-3xl">
        <ReviewSession due={overview.due} hasCards={overview.next.length > 0} missed={missed.length} nextDue={overview.nextDue ? { when: overview.nextDue.in, lesson: overview.nextDue.lesson } : null} />
      </div>
      <section aria-labelledby="forecast-heading" className="mt-12">
        <h2 id="forecast-heading" className="mb-4 text-xl font-semibold">
          The next 14 days
        </h2>
        <ReviewForecast forecast={overview.forecast} />
      </section>
      {missed.length ? (
        <p className="mt-8 text-sm">
          <Link href={routes.reviewMissed()} className="text-sky-700 underline dark:text-sky-300">
            See the right answers to the {missed.length} question{missed.length === 1 ? "" : "s"} you last missed
          </Link>
        </p>
      ) : null}
    </>
  );
}
