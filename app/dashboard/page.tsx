import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { BASELINE, isFramework } from "@/lib/content/frameworks";
import { getComparePage, getStart } from "@/lib/content/load";
import { getDashboardPage } from "@/lib/db/queries/dashboard";
import { compactHeatmap, compactMastery, historyView, masteryLinks, recentAttemptsView, trackCards } from "@/lib/progress/view";
import { ReviewForecast } from "../review/_components/review-forecast";
import { ButtonLink, Card, PageHeading } from "../_components/ui";
import { ActivityHeatmap } from "./_components/activity-heatmap";
import { MasteryGrid } from "./_components/mastery-grid";
import { RecentAttempts } from "./_components/recent-attempts";
import { ScoreHistory } from "./_components/score-history";
import { SignOutEverywhere } from "./_components/sign-out-everywhere";
import { TimeZoneSync } from "./_components/time-zone-sync";
import { TrackProgressList } from "./_components/track-progress";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Dashboard" };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10">
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function DashboardPage() {
  const user = await requireUser(routes.dashboard());
  const { dashboard, review } = await getDashboardPage(user.id);
  const started = dashboard.recentAttempts.length > 0 || dashboard.tracks.some((t) => t.lessonsCompleted > 0);
  const firstLesson = getStart()?.lesson;

  return (
    <>
      <TimeZoneSync current={dashboard.timeZone} />
      <PageHeading title={`Welcome back, ${user.name}`} lead="Where you stand in each track and concept, and what to do next." />
      {!started && firstLesson ? (
        <Card className="mb-8">
          <h2 className="text-lg font-semibold">Start your first lesson</h2>
          <p className="mt-1 text-slate-600 dark:text-slate-300">
            Read a short lesson, then take its quiz. Your scores, streak and mastery of each concept show up here.
          </p>
          <div className="mt-3">
            <ButtonLink href={routes.lesson(firstLesson.track, firstLesson.slug)}>Read “{firstLesson.title}”</ButtonLink>
          </div>
        </Card>
      ) : null}

      <Section id="review" title="Review">
        <p className="mb-3" data-testid="dashboard-due">
          {review.due === 0 ? "Nothing due for review now." : `${review.due} ${review.due === 1 ? "card" : "cards"} due for review today.`}{" "}
          {review.due > 0 ? <ButtonLink href={routes.review()}>Review now</ButtonLink> : null}
        </p>
        <ReviewForecast forecast={review.forecast} />
      </Section>
      <Section id="tracks" title="Progress by track">
        <TrackProgressList tracks={trackCards(dashboard.tracks)} />
      </Section>
      <Section id="history" title="Score history">
        <ScoreHistory points={historyView(dashboard.history, dashboard.timeZone)} tracks={dashboard.mastery.tracks} />
      </Section>
      <Section id="activity" title="Activity">
        <ActivityHeatmap activity={pickStreaks(dashboard.activity)} heatmap={compactHeatmap(dashboard.activity.heatmap)} timeZone={dashboard.timeZone} />
      </Section>
      <Section id="mastery" title="Mastery by concept and framework">
        <MasteryGrid grid={compactMastery(dashboard.mastery)} links={masteryLinks(dashboard.mastery, masteryCompareHref)} started={dashboard.history.length > 0} />
      </Section>
      <Section id="recent" title="Recent attempts">
        <RecentAttempts attempts={recentAttemptsView(dashboard.recentAttempts, dashboard.timeZone)} />
      </Section>
      <Section id="sessions" title="Your sessions">
        <SignOutEverywhere />
      </Section>
    </>
  );
}

const pickStreaks = ({ current, longest, activeDays }: { current: number; longest: number; activeDays: number }) => ({ current, longest, activeDays });

/** A mastery cell opens its concept's compare page with "I know Django, I am learning <this framework>". */
function masteryCompareHref(concept: string, track: string): string | null {
  if (!getComparePage(concept) || !isFramework(track)) return null;
  return track === BASELINE ? routes.compare(concept) : routes.compare(concept, { from: BASELINE, to: track });
}
