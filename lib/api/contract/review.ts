/** Spaced review: a session of due cards, and answering one. */
import { z } from "zod";
import { AnswerRequest, CardIdParam, SessionRequest } from "@/lib/review/api";
import { defineEndpoint } from "./define";
import { CardAnswerResult, SessionCard } from "./schemas";

export const startReviewSession = defineEndpoint({
  method: "POST",
  path: "/api/review/session",
  tag: "Review",
  summary: "Start a review session",
  description: "Due cards (or practice ahead, or past mistakes), without their answers. An empty body means `{ mode: \"due\" }`.",
  auth: "session",
  rateLimit: { name: "reviewPerUser", key: "user" },
  body: SessionRequest,
  responses: { 200: { description: "The session's cards", schema: z.object({ cards: z.array(SessionCard) }) } },
});

export const answerReviewCard = defineEndpoint({
  method: "POST",
  path: "/api/review/cards/{cardId}/answer",
  tag: "Review",
  summary: "Answer one card",
  description: "Grades the answer and reschedules the card (practice answers leave the schedule alone).",
  auth: "session",
  rateLimit: { name: "reviewPerUser", key: "user" },
  params: { cardId: { schema: CardIdParam, what: "card" } },
  body: AnswerRequest,
  responses: { 200: { description: "The grade and when the card comes back", schema: z.object({ result: CardAnswerResult }) } },
  errors: [409],
});
