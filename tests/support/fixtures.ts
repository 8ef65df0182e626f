// Every test acts from its own client address, so per-IP rate limits never leak from one test into
// another: the test server runs with TRUST_PROXY=1, and the tests play the proxy that appends the
// client's address to X-Forwarded-For.
import { test as base } from "@playwright/test";
import { randomIp } from "./http";

export const test = base.extend({
  extraHTTPHeaders: async ({}, provide) => provide({ "x-forwarded-for": randomIp() }),
});
export { expect, request, type APIRequestContext, type Page, type Locator } from "@playwright/test";
