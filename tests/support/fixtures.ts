// Every test acts from its own client address, so per-IP rate limits (keyed on X-Forwarded-For,
// as a proxy in front of the app would set it) never leak from one test into another.
import { test as base } from "@playwright/test";
import { randomIp } from "./http";

export const test = base.extend({
  extraHTTPHeaders: async ({}, provide) => provide({ "x-forwarded-for": randomIp() }),
});
export { expect, request, type APIRequestContext, type Page, type Locator } from "@playwright/test";
