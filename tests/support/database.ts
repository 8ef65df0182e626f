// Vitest global set-up: a real PostgreSQL for integration tests. TEST_DATABASE_URL when set (CI),
// otherwise an in-memory embedded PGlite. Migrations are applied either way.
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";

let embedded: EmbeddedDatabase | undefined;

export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDatabase();
    url = embedded.url;
  }
  await migrate(url);
  project.provide("databaseUrl", url);
  project.provide("poolMax", embedded ? 1 : 10);
  return async () => embedded?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    poolMax: number;
  }
}
