import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const dir = path.resolve(import.meta.dirname, "../../../prisma/migrations");
const migrations = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

// `prisma migrate deploy` over the driver adapter splits a migration at every ";", comments included:
// a semicolon in a comment turns the rest of the line into a statement and the migration fails.
test.each(migrations)("%s: no semicolon inside a comment", (name) => {
  const lines = readFileSync(path.join(dir, name, "migration.sql"), "utf8").split("\n");
  expect(lines.filter((line) => /--.*;/.test(line))).toEqual([]);
});
