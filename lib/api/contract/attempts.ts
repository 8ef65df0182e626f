/** Quiz attempts: start, read, autosave, submit. */
import { z } from "zod";
import { Submission } from "@/lib/quiz/answers";
import { AttemptResult, AttemptView, Timestamp } from "./schemas";
import { defineEndpoint } from "./define";
import { AttemptIdParam, ContentIdParam } from "./params";


const attemptId = { attemptId: { schema: AttemptIdParam, what: "attempt" } };

export const startAttempt = defineEndpoint({
  method: "POST",
  path: "/api/quizzes/{quizId}/attempts",
  tag: "Attempts",
  summary: "Start an attempt, or get the open one",
  description: "Starts an attempt (201), or returns the caller's open attempt for this quiz (200). Answer keys stay on the server.",
  auth: "session",
  rateLimit: { name: "attemptStartPerUser", key: "user" },
  params: { quizId: { schema: ContentIdParam, what: "quiz" } },
  responses: {
    200: { description: "The caller's open attempt", schema: z.object({ attempt: AttemptView }) },
    201: { description: "A new attempt", schema: z.object({ attempt: AttemptView }) },
  },
});

export const getAttempt = defineEndpoint({
  method: "GET",
  path: "/api/attempts/{attemptId}",
  tag: "Attempts",
  summary: "Read one of the caller's attempts",
  description: "A submitted attempt carries its graded result.",
  auth: "session",
  params: attemptId,
  responses: { 200: { description: "The attempt", schema: z.object({ attempt: AttemptView.extend({ result: AttemptResult.optional() }) }) } },
});

export const saveDraft = defineEndpoint({
  method: "PUT",
  path: "/api/attempts/{attemptId}/answers",
  tag: "Attempts",
  summary: "Autosave the open attempt's answers",
  description: "Replaces the draft answers; a submitted attempt is a 409.",
  auth: "session",
  rateLimit: { name: "autosavePerUser", key: "user" },
  params: attemptId,
  body: Submission,
  responses: { 200: { description: "Saved", schema: z.object({ savedAt: Timestamp }) } },
  errors: [409],
});

export const submitAttempt = defineEndpoint({
  method: "POST",
  path: "/api/attempts/{attemptId}/submit",
  tag: "Attempts",
  summary: "Submit and grade the attempt",
  description: "Grades the answers once; a second submit is a 409. Answers of the wrong shape are a 400 naming each question.",
  auth: "session",
  rateLimit: { name: "attemptSubmitPerUser", key: "user" },
  params: attemptId,
  body: Submission,
  responses: { 200: { description: "The graded result", schema: z.object({ result: AttemptResult }) } },
  errors: [409],
});
