import { expect, test } from "vitest";
import { config } from "zod/v4/core";
import { z } from "zod";

test("the browser's instrumentation turns zod's compiled parsers off through zod's own settings", async () => {
  expect(config().jitless).not.toBe(true);
  await import("@/instrumentation-client");
  expect(config().jitless).toBe(true);
  expect(z.object({ a: z.string() }).parse({ a: "x" })).toEqual({ a: "x" });
  config({ jitless: false }); // the rest of this worker's tests run as the server does
});
