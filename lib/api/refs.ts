/**
 * The endpoints pages call: their method and path, typed by the contract (imported for its types
 * only), so `call(refs.x, …)` is as typed as `call(x, …)` without shipping zod and the contract's
 * schemas to the browser (ESLint keeps app/ from importing the contract's values).
 */
import { endpointRef } from "./client";
import type * as attempts from "./contract/attempts";
import type * as me from "./contract/me";
import type * as progress from "./contract/progress";
import type * as publicRoutes from "./contract/public";
import type * as review from "./contract/review";

export const refs = {
  register: endpointRef<typeof publicRoutes.register>("POST", "/api/register"),
  verifyRegistration: endpointRef<typeof publicRoutes.verifyRegistration>("POST", "/api/register/verify"),
  updateProfile: endpointRef<typeof me.updateProfile>("PUT", "/api/me/profile"),
  revokeAllSessions: endpointRef<typeof me.revokeAllSessions>("POST", "/api/me/sessions/revoke-all"),
  getMastery: endpointRef<typeof progress.getMastery>("GET", "/api/me/mastery/{concept}"),
  saveDraft: endpointRef<typeof attempts.saveDraft>("PUT", "/api/attempts/{attemptId}/answers"),
  startAttempt: endpointRef<typeof attempts.startAttempt>("POST", "/api/quizzes/{quizId}/attempts"),
  submitAttempt: endpointRef<typeof attempts.submitAttempt>("POST", "/api/attempts/{attemptId}/submit"),
  startReviewSession: endpointRef<typeof review.startReviewSession>("POST", "/api/review/session"),
  answerReviewCard: endpointRef<typeof review.answerReviewCard>("POST", "/api/review/cards/{cardId}/answer"),
  getReview: endpointRef<typeof progress.getReview>("GET", "/api/me/review"),
} as const;
