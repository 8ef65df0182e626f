import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCatalog, getLesson, getNeighbours, getTrack, listTracks } from "@/lib/content/load";
import { rankRelatedLessons } from "@/lib/content/related";
import { renderMarkdown } from "@/lib/content/render";
import { Badge, ButtonLink } from "../../../_components/ui";
import { LessonProgress } from "./_components/lesson-progress";
import { CompareLinks } from "./_components/compare-links";
import { LessonSources } from "./_components/lesson-sources";
import { RelatedLessons } from "./_components/related-lessons";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ track: string; lesson: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => listTracks().flatMap((t) => t.lessons.map((l) => ({ track: t.slug, lesson: l.slug })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { track, lesson: slug } = await params;
  const lesson = getLesson(track, slug);
  if (!lesson) return {};
  // A lesson shared in a chat shows its title and summary.
  return { title: lesson.title, description: lesson.summary, openGraph: { siteName: "Framewise", type: "article", title: lesson.title, description: lesson.summary } };
}

export default async function LessonPage({ params }: Props) {
  const { track: trackSlug, lesson: slug } = await params;
  const track = getTrack(trackSlug);
  const lesson = getLesson(trackSlug, slug);
  if (!track || !lesson) notFound();
  const { html, headings } = await renderMarkdown(lesson.body);
  const { previous, next } = getNeighbours(lesson);
  const lessonPath = routes.lesson(track.slug, lesson.slug);

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-10">
      <article>
        <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600 dark:text-slate-300">
          <a data-intent href={routes.track(track.slug)} className="hover:underline">
            {track.title}
          </a>{" "}
          / Lesson {lesson.order}
        </nav>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">{lesson.title}</h1>
        <p className="mt-2 text-lg text-slate-600 dark:text-slate-300">{lesson.summary}</p>
        <p className="mt-3 flex flex-wrap gap-2">
          <Badge>{lesson.estimatedMinutes} min read</Badge>
          <Badge tone="info">{lesson.quiz.questions.length} quiz questions</Badge>
        </p>
        <div
          className="prose prose-slate mt-8 max-w-[70ch] leading-7 wrap-break-word dark:prose-invert prose-headings:scroll-mt-20 prose-pre:bg-transparent prose-pre:p-0 prose-code:before:content-none prose-code:after:content-none [&_:is(h2,h3)_a]:no-underline"
          dangerouslySetInnerHTML={{ __html: html }}
        />
        <LessonSources sources={lesson.sources} targets={lesson.targets} />
        <LessonProgress trackSlug={track.slug} trackTitle={track.title} lessonId={lesson.id} lessonPath={lessonPath} />
        <section aria-labelledby="quiz-heading" className="mt-10 rounded-lg border border-sky-200 bg-sky-50 p-5 dark:border-sky-800 dark:bg-sky-950">
          <h2 id="quiz-heading" className="text-lg font-semibold">
            Check what you learned
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {lesson.quiz.questions.length} questions · pass mark {lesson.quiz.passPercent}%
          </p>
          <div className="mt-3">
            <ButtonLink href={`${lessonPath}/quiz`}>Take the quiz</ButtonLink>
          </div>
        </section>
        <CompareLinks concepts={lesson.concepts} track={track.slug} />
        <RelatedLessons lessons={rankRelatedLessons(lesson, getCatalog())} />
        <nav aria-label="Lessons" className="mt-10 flex flex-wrap justify-between gap-3 text-sm">
          {previous ? (
            <a data-intent href={routes.lesson(track.slug, previous.slug)} className="hover:underline">
              ← {previous.title}
            </a>
          ) : (
            <span />
          )}
          {next ? (
            <a data-intent href={routes.lesson(track.slug, next.slug)} className="hover:underline">
              {next.title} →
            </a>
          ) : null}
        </nav>
      </article>
      {headings.length ? (
        <aside className="hidden lg:block">
          <nav aria-label="On this page" className="sticky top-6 text-sm">
            <h2 className="mb-2 font-semibold">On this page</h2>
            <ul className="space-y-1">
              {headings.map((h) => (
                <li key={h.id} className={h.depth === 3 ? "pl-3" : ""}>
                  <a href={`#${h.id}`} className="text-slate-600 hover:underline dark:text-slate-300">
                    {h.text}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </aside>
      ) : null}
    </div>
  );
}
