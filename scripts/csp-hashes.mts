// After `next build`: hashes the inline scripts of every prerendered page, so the proxy can send a
// strict Content-Security-Policy for static pages (which cannot carry a per-request nonce).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

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
console.log(`csp: hashed inline scripts of ${Object.keys(pages).length} prerendered pages`);
