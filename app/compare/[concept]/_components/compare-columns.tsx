"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { FRAMEWORK_LABELS, shownFrameworks, type Framework } from "@/lib/content/frameworks";
import { MasteryBadge, MasteryNotice, useConceptMastery } from "./mastery";
import { routes } from "@/lib/routes";

export type Column = { framework: Framework; version: string; content: ReactNode };
type Props = { concept: string; conceptTitle: string; columns: Column[] };

const NARROW = "(max-width: 1023.98px)";

function useNarrow(): boolean {
  return useSyncExternalStore(
    (change) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener("change", change);
      return () => query.removeEventListener("change", change);
    },
    () => window.matchMedia(NARROW).matches,
    // Prerendered as the no-JavaScript layout: columns stacked on narrow screens, side by side on wide.
    () => false,
  );
}

function useHash(): string {
  return useSyncExternalStore(
    (change) => {
      window.addEventListener("hashchange", change);
      return () => window.removeEventListener("hashchange", change);
    },
    () => window.location.hash.slice(1),
    () => "",
  );
}

/** Reads ?from=&to= (a prerendered page cannot: this part renders in the browser only). */
function PairFromUrl({ onChange }: { onChange: (pair: { from: string | null; to: string | null }) => void }) {
  const params = useSearchParams();
  const from = params.get("from");
  const to = params.get("to");
  useEffect(() => onChange({ from, to }), [from, to, onChange]);
  return null;
}

/**
 * The implementations of a compare page: side by side on wide screens, WAI-ARIA tabs on narrow ones
 * (stacked sections without JavaScript), narrowed to "I know ___, I am learning ___" from the URL, each
 * with the signed-in learner's mastery of the concept in that framework.
 */
export function CompareColumns({ concept, conceptTitle, columns }: Props) {
  const [pair, setPair] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });
  const shown = shownFrameworks(pair.from, pair.to);
  const visible = shown.flatMap((f) => columns.filter((c) => c.framework === f));
  const narrowed = visible.length < columns.length;
  const tabs = useNarrow() && visible.length > 1;
  const [active, setActive] = useState<Framework | null>(null);
  const tabRefs = useRef(new Map<Framework, HTMLButtonElement>());
  const mastery = useConceptMastery(concept);

  // A link to #rails opens that tab, until the learner picks another.
  const hash = useHash();
  const current = (visible.find((c) => c.framework === active) ?? visible.find((c) => c.framework === hash) ?? visible[0])?.framework;

  function onTabKey(event: React.KeyboardEvent) {
    const i = visible.findIndex((c) => c.framework === current);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: visible.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = visible[(next + visible.length) % visible.length]?.framework;
    if (!target) return;
    setActive(target);
    tabRefs.current.get(target)?.focus();
  }

  const wide = visible.length > 2;
  return (
    <div data-testid="compare-columns">
      <Suspense fallback={null}>
        <PairFromUrl onChange={setPair} />
      </Suspense>
      {narrowed ? (
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300" data-testid="compare-pair">
          Showing {visible.map((c) => FRAMEWORK_LABELS[c.framework]).join(" and ")}.{" "}
          <Link href={routes.compare(concept)} className="font-medium text-sky-700 underline dark:text-sky-300">
            Show all five
          </Link>{" "}
          ·{" "}
          <Link href={`/compare?from=${visible[0]?.framework}&to=${visible[1]?.framework}`} className="font-medium text-sky-700 underline dark:text-sky-300">
            Back to the map
          </Link>
        </p>
      ) : null}
      <MasteryNotice state={mastery} concept={concept} conceptTitle={conceptTitle} />
      {tabs ? (
        <div role="tablist" aria-label="Frameworks" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-700" onKeyDown={onTabKey}>
          {visible.map((c) => {
            const selected = c.framework === current;
            return (
              <button
                key={c.framework}
                ref={(el) => void (el ? tabRefs.current.set(c.framework, el) : tabRefs.current.delete(c.framework))}
                type="button"
                role="tab"
                id={`tab-${c.framework}`}
                aria-selected={selected}
                aria-controls={c.framework}
                tabIndex={selected ? 0 : -1}
                onClick={() => setActive(c.framework)}
                className={`min-h-11 rounded-t-md px-3 text-sm font-medium ${selected ? "border-b-2 border-sky-700 text-sky-800 dark:border-sky-300 dark:text-sky-200" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"}`}
              >
                {FRAMEWORK_LABELS[c.framework]}
              </button>
            );
          })}
        </div>
      ) : null}
      <div
        className={tabs ? "" : `grid gap-6 ${wide ? "lg:auto-cols-[minmax(22rem,1fr)] lg:grid-flow-col lg:overflow-x-auto lg:pb-2" : "lg:grid-cols-2"}`}
        {...(!tabs && wide ? { role: "region", "aria-label": "Implementations side by side; scrolls sideways on wide screens", tabIndex: 0 } : {})}
      >
        {visible.map((c) => (
          <section
            key={c.framework}
            id={c.framework}
            aria-labelledby={tabs ? `tab-${c.framework}` : `heading-${c.framework}`}
            {...(tabs ? { role: "tabpanel", tabIndex: 0, hidden: c.framework !== current } : {})}
            className="min-w-0 scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
            data-testid={`compare-column-${c.framework}`}
          >
            <header className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 id={`heading-${c.framework}`} className="text-xl font-semibold">
                {FRAMEWORK_LABELS[c.framework]} <span className="text-base font-normal text-slate-600 dark:text-slate-300">{c.version}</span>
              </h2>
              <MasteryBadge state={mastery} framework={c.framework} />
            </header>
            {c.content}
          </section>
        ))}
      </div>
    </div>
  );
}
