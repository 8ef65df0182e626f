// Which sources the current `.next` was built from. `npm run build` records it as its last step;
// `npm start` rebuilds only when the sources differ from the record (or there is no build).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const BUILD_STAMP = path.resolve(".next/framewise-sources");

const INPUTS = ["app", "lib", "content", "types", "proxy.ts", "instrumentation-client.ts", "scripts/csp-hashes.mts", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

export function sourcesFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p) || p.includes(`${path.sep}generated`)) return;
    if (statSync(p).isDirectory()) for (const entry of readdirSync(p).sort()) walk(path.join(p, entry));
    else hash.update(p).update(readFileSync(p));
  };
  INPUTS.forEach(walk);
  return hash.digest("hex");
}

/** Whether `.next` holds a build of the sources as they are now. */
export const buildIsCurrent = () => existsSync(".next/BUILD_ID") && existsSync(BUILD_STAMP) && readFileSync(BUILD_STAMP, "utf8") === sourcesFingerprint();

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) writeFileSync(BUILD_STAMP, sourcesFingerprint());
