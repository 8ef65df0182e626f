/** The signed-in learner's account. */
import { z } from "zod";
import { Email, Password } from "@/lib/auth/credentials";
import { TokenString } from "@/lib/auth/token-string";
import { TimeZone } from "@/lib/progress/days";
import { storableString } from "@/lib/validation/text";
import { defineEndpoint } from "./define";
import { Message, SessionUser } from "./schemas";

export const getMe = defineEndpoint({
  method: "GET",
  path: "/api/me",
  tag: "Account",
  summary: "The signed-in user",
  description: "Does nothing but the session check (the benchmark's authenticated no-op).",
  auth: "session",
  responses: { 200: { description: "The user", schema: z.object({ user: SessionUser }) } },
});

export const deleteMe = defineEndpoint({
  method: "DELETE",
  path: "/api/me",
  tag: "Account",
  summary: "Delete the account and all its data",
  description: "Needs the account's email typed again (and its password, for password accounts). The session ends.",
  auth: "session",
  body: z.strictObject({ email: z.string().trim().toLowerCase().max(254), password: z.string().max(200).optional() }),
  maxBytes: 1024,
  responses: { 200: { description: "Deleted", schema: z.object({ deleted: z.literal(true) }) } },
  // A wrong password counts as a failed sign-in of the account (its limit applies).
  errors: [429],
});

export const updateProfile = defineEndpoint({
  method: "PUT",
  path: "/api/me/profile",
  tag: "Account",
  summary: "Change the display name or time zone",
  description: "The browser reports its IANA zone, so days are counted where the learner lives.",
  auth: "session",
  authAfterInput: true,
  body: z
    .strictObject({ timeZone: TimeZone.optional(), name: storableString().trim().min(1, { error: "Enter a name." }).max(80).optional() })
    .refine((input) => input.timeZone !== undefined || input.name !== undefined, { error: "Send a name or a time zone." }),
  maxBytes: 1024,
  responses: { 200: { description: "The profile", schema: z.object({ profile: z.object({ name: z.string(), timeZone: z.string().nullable() }) }) } },
});

export const changePassword = defineEndpoint({
  method: "PUT",
  path: "/api/me/password",
  tag: "Account",
  summary: "Change the password",
  description: "Every session ends, this one too.",
  auth: "session",
  body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: Password }),
  maxBytes: 2048,
  responses: { 200: { description: "Changed", schema: z.object({ changed: z.literal(true) }) } },
  // 409: a single sign-on account has no password to change.
  errors: [409, 429],
});

export const requestEmailChange = defineEndpoint({
  method: "POST",
  path: "/api/me/email",
  tag: "Account",
  summary: "Ask to move the account to another address",
  description: "Mails a confirmation link to the new address; 202 whether or not that address already has an account.",
  auth: "session",
  rateLimit: { name: "emailChangePerUser", key: "user" },
  body: z.strictObject({ email: Email, password: z.string().max(200).optional() }),
  maxBytes: 1024,
  responses: { 202: { description: "A link is on its way", schema: Message } },
  errors: [409],
});

export const confirmEmailChange = defineEndpoint({
  method: "POST",
  path: "/api/me/email/confirm",
  tag: "Account",
  summary: "Confirm an email change with the mailed token",
  auth: "none",
  rateLimit: { name: "passwordResetPerIp", key: "ip" },
  body: z.strictObject({ token: TokenString }),
  maxBytes: 1024,
  responses: { 200: { description: "The account's new address", schema: z.object({ email: z.string() }) } },
  errors: [409],
});

export const linkOidc = defineEndpoint({
  method: "POST",
  path: "/api/me/oidc-link",
  tag: "Account",
  summary: "Link the school sign-in that matched this account",
  auth: "session",
  body: z.strictObject({ token: TokenString }),
  maxBytes: 1024,
  responses: { 200: { description: "Linked", schema: z.object({ linked: z.literal(true) }) } },
  errors: [409],
});

export const exportData = defineEndpoint({
  method: "GET",
  path: "/api/me/export",
  tag: "Account",
  summary: "Download my data",
  description: "The account, its sign-in links, lesson progress, every attempt with answers and grades, and review cards with their history, as an attachment.",
  auth: "session",
  responses: {
    200: {
      description: "The export",
      schema: z.looseObject({
        exportedAt: z.string(),
        account: z.looseObject({ id: z.string(), email: z.string() }),
        singleSignOn: z.array(z.looseObject({})),
        lessonProgress: z.array(z.looseObject({})),
        attempts: z.array(z.looseObject({})),
        reviewCards: z.array(z.looseObject({})),
      }),
    },
  },
});

export const revokeAllSessions = defineEndpoint({
  method: "POST",
  path: "/api/me/sessions/revoke-all",
  tag: "Account",
  summary: "Sign out everywhere",
  description: "Every session of the caller, this one included, stops working.",
  auth: "session",
  responses: { 200: { description: "Revoked", schema: z.object({ revoked: z.literal("all") }) } },
});
