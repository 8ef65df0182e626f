import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { ENV_VARIABLES } from "@/lib/env";

// The README's configuration table is the one list operators read: it names exactly what
// lib/env.ts validates, no more and no less.
test("the README's configuration table lists exactly the variables lib/env.ts reads", () => {
  const readme = readFileSync(path.resolve("README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1));
  const inTable = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]);
  expect(new Set(inTable).size, "a variable appears twice").toBe(inTable.length);
  expect([...inTable].sort()).toEqual([...ENV_VARIABLES].sort());
});
