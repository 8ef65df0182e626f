import type { ReactNode } from "react";

/**
 * A table wider than a narrow screen scrolls sideways inside this region. It takes focus so that
 * keyboard users can scroll it too (axe: scrollable-region-focusable), and is named for screen readers.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-sky-600" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
