import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False on the server and while the page hydrates, true from the render after hydration (and at
 * once on a client-side navigation). The dashboard's largest blocks (mastery grid, heatmap, score
 * points) draw their cells only then: their compact props are in the RSC payload anyway, and the
 * server skips writing most of the page's elements (docs/performance.md, "The dashboard page's render").
 */
export const useHydrated = (): boolean => useSyncExternalStore(subscribe, () => true, () => false);

/**
 * What the server renders in place of a block drawn after hydration: a box of the block's height
 * (so nothing below it moves), and a note for readers without JavaScript.
 */
export function Placeholder({ what, testId, ...box }: { what: string; testId: string } & ({ height: number } | { className: string; style?: React.CSSProperties })) {
  const note = (
    <noscript>
      <p className="text-sm text-slate-600 dark:text-slate-300">Turn on JavaScript to see {what}.</p>
    </noscript>
  );
  if ("height" in box)
    return (
      <div style={{ height: box.height }} data-testid={testId}>
        {note}
      </div>
    );
  // A box whose height its class sets on the inner block (the outer one may add a scrollbar, as the drawn block does).
  return (
    <div className={box.className} style={box.style} data-testid={testId}>
      <div>{note}</div>
    </div>
  );
}
