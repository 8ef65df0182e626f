// After `next build`: hashes the inline scripts of every prerendered page. The proxy reads them
// (.next/csp-hashes.json) for pages it serves; the prerendered catalog and learn pages, which the
// proxy skips (see its matcher), get their Content-Security-Policy as a static header: this script
// adds one header rule per page to the routes manifest, the file where `next build` puts the rules of
// next.config.ts `headers()` and where `next start` reads them. (The hashes exist only after the
// build, so next.config.ts itself cannot name them.)
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildCsp } from "../lib/security/csp.ts";
import { skipsProxy } from "../lib/security/static-pages.ts";

const root = path.resolve(".next/server/app");
const pages: Record<string, string[]> = {};

function walk(dir: string) {
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) walk(file);
    else if (entry.endsWith(".html")) pages[routeOf(file)] = inlineScriptHashes(readFileSync(file, "utf8"));
  }
}

/** `.next/server/app/(marketing)/index.html` → `/`, `learn/flask/philosophy.html` → `/learn/flask/philosophy`. */
function routeOf(file: string): string {
  const route = path
    .relative(root, file)
    .replace(/\.html$/, "")
    .split(path.sep)
    .filter((part) => !/^\(.*\)$/.test(part))
    .join("/");
  return route === "index" ? "/" : `/${route}`;
}

function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
    hashes.add(`'sha256-${createHash("sha256").update(match[1]!).digest("base64")}'`);
  return [...hashes];
}

walk(root);
writeFileSync(path.resolve(".next/csp-hashes.json"), JSON.stringify(pages));

// Static CSP header rules for the pages the proxy skips. Later rules win for the same header, so the
// fallback (a 404 under those paths is the static not-found page) comes first, each page after it.
type HeaderRule = { source: string; regex: string; headers: { key: string; value: string }[] };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const cspRule = (source: string, regex: string, hashes: string[]): HeaderRule => ({ source, regex, headers: [{ key: "Content-Security-Policy", value: buildCsp({ hashes }) }] });
const notFound = pages["/_not-found"] ?? [];
const rules: HeaderRule[] = [
  cspRule("/learn/:track", "^/learn/[a-z0-9-]+(?:/)?$", notFound),
  cspRule("/learn/:track/:lesson", "^/learn/[a-z0-9-]+/[a-z0-9-]+(?:/)?$", notFound),
  ...Object.entries(pages)
    .filter(([route]) => skipsProxy(route))
    .map(([route, hashes]) => cspRule(route, route === "/" ? "^/(?:)?$" : `^${escape(route)}(?:/)?$`, hashes)),
];
const manifestFile = path.resolve(".next/routes-manifest.json");
const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { headers: HeaderRule[] };
manifest.headers = [...manifest.headers.filter((h) => !h.headers.some((x) => x.key === "Content-Security-Policy")), ...rules];
writeFileSync(manifestFile, JSON.stringify(manifest));
console.log(`csp: hashed inline scripts of ${Object.keys(pages).length} prerendered pages; static CSP headers for ${rules.length - 2} of them`);
