"use client";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";

const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && !event.defaultPrevented;

/** Same-site paths only: an `<a data-intent>` to another origin, a new tab or a download is left to the browser. */
function hrefOf(event: Event): string | null {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-intent]") : null;
  const href = link?.getAttribute("href");
  if (!link || !href || !href.startsWith("/") || href.startsWith("//") || link.target || link.hasAttribute("download")) return null;
  return href;
}

/**
 * What a `next/link` does, for every server-rendered `<a href data-intent>` on the page: prefetch its
 * route when the reader shows intent (pointer over it, or keyboard focus) and navigate inside the app
 * on a plain click (Enter on a focused link is a click too). One listener per event on the document,
 * mounted once in the root layout, instead of a client component per link: long lists (the
 * dashboard) neither hydrate hundreds of components nor prefetch every route on load. While a
 * navigation it started is on its way (a dynamic page such as the dashboard renders on the server
 * first, and has no loading screen), a thin bar at the top of the window says so.
 */
export function IntentLinks() {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  useEffect(() => {
    // The router keeps its own prefetch cache, so pointing at a link twice costs no second request.
    const prefetch = (event: Event) => {
      const href = hrefOf(event);
      if (href) router.prefetch(href);
    };
    const click = (event: MouseEvent) => {
      const href = hrefOf(event);
      if (!href || !isPlainClick(event)) return;
      event.preventDefault();
      startNavigation(() => router.push(href));
    };
    document.addEventListener("pointerover", prefetch);
    document.addEventListener("focusin", prefetch);
    document.addEventListener("click", click);
    return () => {
      document.removeEventListener("pointerover", prefetch);
      document.removeEventListener("focusin", prefetch);
      document.removeEventListener("click", click);
    };
  }, [router]);
  return navigating ? <div data-testid="navigation-progress" aria-hidden="true" className="navigation-progress" /> : null;
}
