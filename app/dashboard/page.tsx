import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listTracks } from "@/lib/content/load";
import { getProgressRecords } from "@/lib/db/queries/progress";
import { buildDashboard } from "@/lib/progress/stats";
import { Badge, ButtonLink, Card, PageHeading, ProgressBar } from "../_components/ui";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const tracks = listTracks();
  const dashboard = buildDashboard(tracks, await getProgressRecords(user.id));
  const started = dashboard.recentAttempts.length > 0 || dashboard.tracks.some((t) => t.lessonsCompleted > 0);
  const firstLesson = tracks.find((t) => t.slug === "flask")?.lessons[0] ?? tracks[0]?.lessons[0];

  return (
    <>
      <PageHeading title={`Welcome back, ${user.name}`} lead="Where you stand in each track, and what to do next." />
      {!started && firstLesson ? (
        <Card className="mb-8">
          <h2 className="text-lg font-semibold">Start your first lesson</h2>
          <p className="mt-1 text-slate-600 dark:text-slate-300">Read a short lesson, then take its quiz. Your scores and progress show up here.</p>
          <div className="mt-3">
            <ButtonLink href={`/learn/${firstLesson.track}/${firstLesson.slug}`}>Read “{firstLesson.title}”</ButtonLink>
          </div>
        </Card>
      ) : null}

      <section aria-labelledby="tracks-heading" className="mb-10">
        <h2 id="tracks-heading" className="mb-4 text-xl font-semibold">
          Progress by track
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {dashboard.tracks.map((track) => (
            <li key={track.slug} data-testid={`track-${track.slug}`}>
              <Card className="h-full">
                <div className="flex items-baseline justify-between gap-2">
                  <h3 className="font-semibold">
                    <Link href={`/learn/${track.slug}`} className="hover:underline">
                      {track.title}
                    </Link>
                  </h3>
                  <span className="text-sm text-slate-600 dark:text-slate-300">
                    {track.lessonsCompleted}/{track.lessonsTotal} lessons · {track.quizzesPassed} quizzes passed
                  </span>
                </div>
                <div className="mt-3">
                  <ProgressBar value={track.percent} label={`${track.title} progress`} />
                </div>
                {track.next ? (
                  <p className="mt-3 text-sm">
                    Next: <Link href={track.next.href} className="text-sky-700 underline dark:text-sky-300">{track.next.title}</Link>
                  </p>
                ) : (
                  <p className="mt-3 text-sm text-emerald-700 dark:text-emerald-300">Track complete.</p>
                )}
                <table className="mt-4 w-full text-left text-sm">
                  <caption className="sr-only">Best score per quiz in {track.title}</caption>
                  <thead>
                    <tr className="text-slate-500 dark:text-slate-400">
                      <th scope="col" className="py-1 font-medium">Quiz</th>
                      <th scope="col" className="py-1 text-right font-medium">Best</th>
                    </tr>
                  </thead>
                  <tbody>
                    {track.quizzes.map((q) => (
                      <tr key={q.quizId} className="border-t border-slate-100 dark:border-slate-800">
                        <td className="py-1.5">
                          <Link href={q.href} className="hover:underline">{q.lesson}</Link>
                        </td>
                        <td className="py-1.5 text-right" data-testid={`best-${q.quizId}`}>
                          {q.bestPercent === null ? <span className="text-slate-500 dark:text-slate-400">—</span> : <Badge tone={q.passed ? "good" : "neutral"}>{Math.round(q.bestPercent)}%</Badge>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="mb-4 text-xl font-semibold">
          Recent attempts
        </h2>
        {dashboard.recentAttempts.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-300">No quiz attempts yet. Finish a lesson and take its quiz to see your results here.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="text-slate-500 dark:text-slate-400">
                <th scope="col" className="py-2 font-medium">Quiz</th>
                <th scope="col" className="py-2 font-medium">Submitted</th>
                <th scope="col" className="py-2 text-right font-medium">Score</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.recentAttempts.map((a) => (
                <tr key={a.attemptId} className="border-t border-slate-200 dark:border-slate-800" data-testid="recent-attempt">
                  <td className="py-2">
                    {a.reviewHref ? <Link href={a.reviewHref} className="hover:underline">{a.title}</Link> : a.title}
                  </td>
                  <td className="py-2">
                    <time dateTime={a.submittedAt}>{new Date(a.submittedAt).toISOString().slice(0, 16).replace("T", " ")} UTC</time>
                  </td>
                  <td className="py-2 text-right">
                    <Badge tone={a.passed ? "good" : "bad"}>{Math.round(a.percent)}%</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
