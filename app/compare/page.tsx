import type { Metadata } from "next";
import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { FRAMEWORK_LABELS, FRAMEWORKS, pairFrameworks, resolvePair } from "@/lib/content/frameworks";
import { getCatalog, listComparePages } from "@/lib/content/load";
import { getLastStudiedFramework } from "@/lib/db/queries/progress";
import { ScrollRegion } from "@/app/_components/scroll-region";
import { buttonStyles, PageHeading } from "@/app/_components/ui";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Compare frameworks",
  description: "The same job in Django, Flask, FastAPI, Rails and Express, side by side.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const select = "min-h-10 rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

export default async function CompareMapPage({ searchParams }: Props) {
  const query = await searchParams;
  const user = query.to === undefined ? await getSessionUser() : null;
  const pair = resolvePair(query, user ? await getLastStudiedFramework(user.id) : null);
  const shown = pairFrameworks(pair);
  const narrowed = pair.to === "all" ? undefined : { from: pair.from, to: pair.to };
  const concepts = new Map(getCatalog().concepts.map((c) => [c.id, c]));
  const pages = listComparePages();

  return (
    <>
      <PageHeading
        title="Compare frameworks"
        lead="The same job done in each framework, next to each other. Pick the framework you know and the one you are learning to see just those two."
      />
      <form method="get" action={routes.compareIndex()} className="mb-8 flex flex-wrap items-end gap-4" aria-label="Choose frameworks">
        <FrameworkSelect label="I know" name="from" value={pair.from} />
        <FrameworkSelect label="I am learning" name="to" value={pair.to} all />
        <button type="submit" className={buttonStyles.primary}>
          Show
        </button>
      </form>

      {pages.length === 0 ? (
        <p>No comparisons yet.</p>
      ) : (
        <ScrollRegion label="Concept map, scrolls sideways">
          <table className="w-full border-collapse text-sm" data-testid="compare-map">
            <caption className="sr-only">Each concept done in {shown.map((f) => FRAMEWORK_LABELS[f]).join(", ")}: one line per framework, linking to its code</caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <th scope="col" className="py-2 pr-3 text-left font-semibold">
                  Concept
                </th>
                {shown.map((f) => (
                  <th key={f} scope="col" className="px-3 py-2 text-left font-semibold">
                    {FRAMEWORK_LABELS[f]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pages.map((page) => (
                <tr key={page.concept} className="border-b border-slate-100 align-top dark:border-slate-800" data-testid={`compare-row-${page.concept}`}>
                  <th scope="row" className="min-w-32 py-3 pr-3 text-left font-normal">
                    <Link href={routes.compare(page.concept, narrowed)} className="font-semibold text-sky-700 underline dark:text-sky-300">
                      {concepts.get(page.concept)?.title ?? page.concept}
                    </Link>
                    <span className="mt-1 block text-xs text-slate-600 dark:text-slate-300">{page.task}</span>
                  </th>
                  {shown.map((f) => (
                    <td key={f} className="min-w-36 px-3 py-3 wrap-break-word">
                      <Link href={`${routes.compare(page.concept, narrowed)}#${f}`} className="hover:underline">
                        {page.summaries[f]}
                        <span className="sr-only"> ({FRAMEWORK_LABELS[f]} code)</span>
                      </Link>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}

/** One framework picker of the form; `all` adds "All five frameworks" (the learning side only). */
function FrameworkSelect({ label, name, value, all = false }: { label: string; name: string; value: string; all?: boolean }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <select name={name} defaultValue={value} className={select}>
        {all ? <option value="all">All five frameworks</option> : null}
        {FRAMEWORKS.map((f) => (
          <option key={f} value={f}>
            {FRAMEWORK_LABELS[f]}
          </option>
        ))}
      </select>
    </label>
  );
}
