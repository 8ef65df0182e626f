/** Routes anyone may call: health, the catalog, the chooser, sign-up and password reset. */
import { z } from "zod";
import { Email, Password, Registration } from "@/lib/auth/credentials";
import { TokenString } from "@/lib/auth/token-string";
import { Questionnaire } from "@/lib/choose/questionnaire";
import { ApiErrorBody, defineEndpoint } from "./define";
import { Message, PublicUser, Recommendation } from "./schemas";

export const ping = defineEndpoint({
  method: "GET",
  path: "/api/ping",
  tag: "Health",
  summary: "No-op",
  description: "No database, no session: the floor for route-handler benchmarks (served without the wrapper, so it stays the floor).",
  auth: "none",
  unwrapped: true,
  responses: { 200: { description: "Always", schema: z.object({ ok: z.literal(true) }) } },
});

export const live = defineEndpoint({
  method: "GET",
  path: "/api/health/live",
  tag: "Health",
  summary: "Liveness",
  description: "The process answers HTTP; restart the instance when it does not.",
  auth: "none",
  unwrapped: true,
  responses: { 200: { description: "Live", schema: z.object({ status: z.literal("live") }) } },
});

const Checks = z.object({ database: z.enum(["ok", "down", "not_configured"]), redis: z.enum(["ok", "down", "not_configured"]) });

export const ready = defineEndpoint({
  method: "GET",
  path: "/api/health/ready",
  tag: "Health",
  summary: "Readiness",
  description: "200 when PostgreSQL (and Redis, if configured) answer quickly; proxies route on it.",
  auth: "none",
  unwrapped: true,
  responses: {
    200: { description: "Ready", schema: z.object({ status: z.literal("ready"), checks: Checks }) },
    503: { description: "A dependency did not answer in time", schema: ApiErrorBody.extend({ checks: Checks }) },
  },
});

export const listTracks = defineEndpoint({
  method: "GET",
  path: "/api/tracks",
  tag: "Catalog",
  summary: "The tracks and their lessons",
  description: "Rendered at build time (the content ships with the app).",
  auth: "none",
  unwrapped: true,
  responses: {
    200: {
      description: "Every track in order",
      schema: z.object({
        tracks: z.array(z.object({ slug: z.string(), title: z.string(), summary: z.string(), lessons: z.array(z.object({ slug: z.string(), title: z.string(), quizId: z.string() })) })),
      }),
    },
  },
});

export const recommend = defineEndpoint({
  method: "GET",
  path: "/api/recommendation",
  tag: "Catalog",
  summary: "The framework chooser's result",
  description: "The same as /choose shows, e.g. `?build=json-api&lang=python`. A signed-in learner's mastery counts too. Repeat `lang` for several languages.",
  auth: "optional",
  query: Questionnaire,
  readQuery: "all",
  responses: { 200: { description: "The ranking", schema: Recommendation } },
});

export const register = defineEndpoint({
  method: "POST",
  path: "/api/register",
  tag: "Auth",
  summary: "Start a sign-up",
  description:
    "202 alike for a new and a registered address, so no caller learns which: a new address is mailed a single-use link to /signup/verify (24 h), a registered one a note to its owner. The password must pass the strength policy (a 400 naming `password` otherwise). Limited per client address and per email.",
  auth: "none",
  rateLimit: { name: "registerPerIp", key: "ip" },
  body: Registration,
  maxBytes: 4 * 1024,
  responses: {
    202: {
      description: "A link (or, for a registered address, a note to its owner) is on its way",
      schema: z.object({ status: z.literal("verification_sent"), email: z.string(), message: z.string() }),
    },
  },
});

export const verifyRegistration = defineEndpoint({
  method: "POST",
  path: "/api/register/verify",
  tag: "Auth",
  summary: "Create the account from the mailed sign-up link",
  description: "The token is spent either way. 400 for an unknown, used or expired link, or one whose address got an account meanwhile (single sign-on).",
  auth: "none",
  rateLimit: { name: "registerVerifyPerIp", key: "ip" },
  body: z.strictObject({ token: TokenString }),
  maxBytes: 1024,
  responses: { 201: { description: "The new user", schema: z.object({ user: PublicUser }) } },
});

export const forgotPassword = defineEndpoint({
  method: "POST",
  path: "/api/password/forgot",
  tag: "Auth",
  summary: "Mail a password reset link",
  description: "202 whether or not the address has an account; limited per address and per email.",
  auth: "none",
  rateLimit: { name: "passwordForgotPerIp", key: "ip" },
  body: z.strictObject({ email: Email }),
  maxBytes: 1024,
  responses: { 202: { description: "A link is on its way if the account exists", schema: Message } },
});

export const resetPassword = defineEndpoint({
  method: "POST",
  path: "/api/password/reset",
  tag: "Auth",
  summary: "Set a new password with the mailed token",
  description: "The token dies and every session ends.",
  auth: "none",
  rateLimit: { name: "passwordResetPerIp", key: "ip" },
  body: z.strictObject({ token: TokenString, password: Password }),
  maxBytes: 2048,
  responses: { 200: { description: "Reset", schema: z.object({ reset: z.literal(true) }) } },
});

export const openApiDocument = defineEndpoint({
  method: "GET",
  path: "/api/openapi.json",
  tag: "Meta",
  summary: "This document",
  description: "OpenAPI 3.1, generated from the definitions the route handlers enforce. Browse it at /docs/api.",
  auth: "none",
  responses: { 200: { description: "The document", schema: z.looseObject({ openapi: z.literal("3.1.0"), info: z.looseObject({}), paths: z.record(z.string(), z.looseObject({})) }) } },
});
