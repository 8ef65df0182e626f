import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FRAMEWORK_LABELS } from "@/lib/content/compare";
import { renderComparePage, type RenderedSection } from "@/lib/content/compare-render";
import { getCatalog, getComparePage, listComparePages } from "@/lib/content/load";
import { ButtonLink } from "@/app/_components/ui";
import { CompareColumns } from "./_components/compare-columns";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ concept: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => listComparePages().map((p) => ({ concept: p.concept }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getComparePage((await params).concept);
  return page ? { title: page.title, description: page.task } : {};
}

const prose =
  "prose prose-slate max-w-none text-[0.95rem] leading-7 wrap-break-word dark:prose-invert prose-pre:bg-transparent prose-pre:p-0 prose-code:before:content-none prose-code:after:content-none";

/** One framework's column: the code (file by file), then the notes and subsections. */
function Implementation({ section }: { section: RenderedSection }) {
  return (
    <>
      {section.code.map((block, i) => (
        <figure key={i} className="mb-4 min-w-0">
          {block.title ? <figcaption className="mb-1 font-mono text-xs text-slate-600 dark:text-slate-300">{block.title}</figcaption> : null}
          <div dangerouslySetInnerHTML={{ __html: block.html }} />
        </figure>
      ))}
      {section.notesHtml ? <div className={prose} dangerouslySetInnerHTML={{ __html: section.notesHtml }} /> : null}
      {section.subsections.map((sub) => (
        <div key={sub.title} className="mt-4">
          <h3 className="text-base font-semibold">{sub.title}</h3>
          <div className={`${prose} mt-1`} dangerouslySetInnerHTML={{ __html: sub.html }} />
        </div>
      ))}
    </>
  );
}

export default async function ComparePage({ params }: Props) {
  const page = getComparePage((await params).concept);
  if (!page) notFound();
  const rendered = await renderComparePage(page);
  const concept = getCatalog().concepts.find((c) => c.id === page.concept);
  const count = page.quiz.draw ?? page.quiz.questions.length;

  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        <Link href={routes.compareIndex()} className="hover:underline">
          Compare
        </Link>{" "}
        / {concept?.title ?? page.concept}
      </nav>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">{page.title}</h1>
      <section aria-labelledby="task-heading" className="mt-4 max-w-prose rounded-lg border border-sky-200 bg-sky-50 p-4 dark:border-sky-800 dark:bg-sky-950">
        <h2 id="task-heading" className="text-sm font-semibold tracking-wide text-sky-900 uppercase dark:text-sky-100">
          The task
        </h2>
        <p className="mt-1 text-lg" data-testid="compare-task">
          {page.task}
        </p>
      </section>
      {rendered.introHtml ? <div className={`${prose} mt-6 max-w-[70ch]`} dangerouslySetInnerHTML={{ __html: rendered.introHtml }} /> : null}
      {/* Wide screens: the columns take some of the page margin, so code lines need less sideways scrolling. */}
      <div className="mt-8 xl:-mx-24">
        <CompareColumns
          concept={page.concept}
          conceptTitle={concept?.title ?? page.concept}
          columns={rendered.sections.map((section) => ({ framework: section.framework, version: section.version, content: <Implementation section={section} /> }))}
        />
      </div>
      <section aria-labelledby="quiz-heading" className="mt-10 rounded-lg border border-sky-200 bg-sky-50 p-5 dark:border-sky-800 dark:bg-sky-950">
        <h2 id="quiz-heading" className="text-lg font-semibold">
          Translate between frameworks
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {count} questions drawn from {page.quiz.questions.length} · pass mark {page.quiz.passPercent}% · each answer counts toward your mastery of {concept?.title.toLowerCase()}{" "}
          in the frameworks it involves.
        </p>
        <div className="mt-3">
          <ButtonLink href={routes.compareQuiz(page.concept)}>Take the quiz</ButtonLink>
        </div>
      </section>
      <section aria-labelledby="sources-heading" className="mt-10">
        <h2 id="sources-heading" className="text-lg font-semibold">
          Sources
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm wrap-break-word">
          {page.sources.map((s) => (
            <li key={s.url}>
              {FRAMEWORK_LABELS[s.framework]} {page.versions[s.framework]}:{" "}
              <a href={s.url} className="text-sky-700 underline dark:text-sky-300">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
