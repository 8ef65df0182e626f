import { routes } from "@/lib/routes";
/** A stand-in origin for when the page's own is not known (server render): only relative paths resolve to it. */
const FALLBACK_ORIGIN = "https://framewise.invalid";
const HOME = routes.dashboard();

/**
 * Where to go after sign-in or sign-up: `value` parsed the way a browser would (which drops TAB,
 * CR and LF and reads `\` as `/`), followed only when it stays on `origin`, and returned as a
 * path with its query and hash. Anything else — another host, another scheme, `//host`, a path
 * that normalises to `//host` — gives the dashboard.
 */
export function safeCallbackUrl(value: string | null | undefined, origin: string = FALLBACK_ORIGIN): string {
  if (!value) return HOME;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return HOME;
  }
  if (url.origin !== new URL(origin).origin) return HOME;
  const local = url.pathname + url.search + url.hash;
  // `/.//evil.example` normalises to the path `//evil.example`, which a browser reads as another host.
  return local.startsWith("//") ? HOME : local;
}

/** The page's own origin in the browser; none during a server render. */
export const pageOrigin = (): string | undefined => (typeof window === "undefined" ? undefined : window.location.origin);
