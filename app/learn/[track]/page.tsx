import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTrack, listTracks } from "@/lib/content/load";
import { Badge, PageHeading } from "../../_components/ui";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ track: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => listTracks().map((t) => ({ track: t.slug }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const track = getTrack((await params).track);
  return track ? { title: track.title, description: track.summary, openGraph: { siteName: "Framewise", type: "website", title: track.title, description: track.summary } } : {};
}

export default async function TrackPage({ params }: Props) {
  const track = getTrack((await params).track);
  if (!track) notFound();
  return (
    <>
      <PageHeading title={track.title} lead={track.summary} />
      {track.intro ? <p className="mb-8 max-w-prose text-slate-700 dark:text-slate-300">{track.intro}</p> : null}
      <ol className="space-y-3">
        {track.lessons.map((lesson) => (
          <li key={lesson.id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
            <a data-intent href={routes.lesson(track.slug, lesson.slug)} className="font-medium hover:underline">
              {lesson.order}. {lesson.title}
            </a>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{lesson.summary}</p>
            <p className="mt-2">
              <Badge>{lesson.estimatedMinutes} min read</Badge>
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
