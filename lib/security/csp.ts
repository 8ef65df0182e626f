/**
 * Content-Security-Policy. Prerendered pages cannot carry a per-request nonce, so they allow
 * exactly the inline scripts hashed at build time (scripts/csp-hashes.mts); dynamic pages get a
 * fresh nonce that Next puts on its own scripts. No 'unsafe-eval' outside development.
 */
export type CspInput = { nonce?: string; hashes: readonly string[]; dev?: boolean };

export function buildCsp({ nonce, hashes, dev = false }: CspInput): string {
  const scripts = dev
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : nonce
      ? // 'self' rather than 'strict-dynamic': a 404 is served from the static not-found page, whose
        // chunks carry no nonce.
        ["'self'", `'nonce-${nonce}'`, ...hashes]
      : ["'self'", ...hashes];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Style attributes (progress widths, Shiki's colour variables) need inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For next-auth's server-rendered pages under /api/auth: inline styles, forms to this site, nothing else. */
export const AUTH_PAGES_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");
