// Runs before each test file imports app code, so lib/env and lib/db see the test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = String(inject("poolMax"));
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0000";
