/**
 * The prerendered pages that the proxy skips (keep in step with the matcher in proxy.ts, which Next
 * reads statically and so cannot import this): the catalog, track pages and lesson pages. Their CSP
 * is a static header (scripts/csp-hashes.mts). Pure.
 */
const STATIC = [/^\/$/, /^\/learn\/[a-z0-9-]+\/?$/, /^\/learn\/[a-z0-9-]+\/[a-z0-9-]+\/?$/];

export const skipsProxy = (pathname: string): boolean => STATIC.some((pattern) => pattern.test(pathname));
