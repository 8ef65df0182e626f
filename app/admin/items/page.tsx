import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { listTracks } from "@/lib/content/load";
import { listQuizAttemptCounts } from "@/lib/db/queries/items";
import { itemsHref } from "@/lib/items/view";
import { PageHeading } from "../../_components/ui";

export const metadata: Metadata = { title: "Item analysis", robots: { index: false } };

/** For authors: every quiz with its submitted attempts, linking to its item analysis. Admins only. */
export default async function ItemsPage() {
  const user = await getSessionUser();
  if (user?.role !== "ADMIN") notFound();
  const counts = await listQuizAttemptCounts();

  return (
    <>
      <PageHeading
        title="Item analysis"
        lead="How hard each question is and whether it separates learners who know the material from those who don't, with the statistics of Moodle's quiz report."
      />
      <div className="space-y-8">
        {listTracks().map((track) => (
          <section key={track.slug} aria-labelledby={`track-${track.slug}`}>
            <h2 id={`track-${track.slug}`} className="mb-2 text-xl font-semibold text-slate-900 dark:text-slate-50">
              {track.title}
            </h2>
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900">
              {track.lessons.map((lesson) => {
                const count = counts.get(lesson.quiz.id);
                return (
                  <li key={lesson.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2" data-testid="items-quiz">
                    <Link href={itemsHref("first", lesson.quiz.id)} className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
                      {lesson.quiz.title}
                    </Link>
                    <span className="text-sm text-slate-600 dark:text-slate-300">
                      {count ? `${count.attempts} attempts by ${count.learners} learners` : "no attempts yet"}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
