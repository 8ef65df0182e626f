import { isDocSource, type LessonSource } from "@/lib/content/schema";

/** The documentation pages a lesson's facts were checked against, and the version it targets. */
export function LessonSources({ sources, targets }: { sources: LessonSource[]; targets?: string }) {
  const pages = sources.filter(isDocSource);
  if (!pages.length && !targets) return null;
  return (
    <section aria-labelledby="sources-heading" className="mt-8 max-w-[70ch] border-t border-slate-200 pt-4 text-sm dark:border-slate-700">
      <h2 id="sources-heading" className="font-semibold">
        Sources
      </h2>
      {targets ? <p className="mt-1 text-slate-600 dark:text-slate-300">Written for {targets}.</p> : null}
      {pages.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {pages.map((page, i) => (
            <li key={`${i}-${page.url}`}>
              <a href={page.url} className="text-sky-700 underline underline-offset-2 wrap-anywhere dark:text-sky-300">
                {page.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
