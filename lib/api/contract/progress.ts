/** The learner's progress: dashboard data, lessons read, mastery, the review queue's overview. */
import { z } from "zod";
import { TimeZone } from "@/lib/progress/days";
import { defineEndpoint } from "./define";
import { ContentIdParam, SlugParam } from "./params";
import { ConceptMastery, Dashboard, LessonCompletion, ReviewOverview, TrackLessonsProgress } from "./schemas";

/** `?tz=Europe/Berlin` counts days in that zone for this request; otherwise the zone stored on the profile. */
const ZoneQuery = z.object({ tz: TimeZone.optional() });

export const getProgress = defineEndpoint({
  method: "GET",
  path: "/api/me/progress",
  tag: "Progress",
  summary: "The dashboard's data",
  auth: "session",
  authAfterInput: true,
  query: ZoneQuery,
  responses: { 200: { description: "Tracks, recent attempts, activity, history and mastery", schema: Dashboard } },
});

export const getReview = defineEndpoint({
  method: "GET",
  path: "/api/me/review",
  tag: "Review",
  summary: "The review queue at a glance",
  auth: "session",
  authAfterInput: true,
  query: ZoneQuery,
  responses: { 200: { description: "Cards due, the next ones, a forecast", schema: ReviewOverview } },
});

export const getMastery = defineEndpoint({
  method: "GET",
  path: "/api/me/mastery/{concept}",
  tag: "Progress",
  summary: "Mastery of one concept in each framework",
  auth: "session",
  params: { concept: { schema: SlugParam, what: "concept" } },
  responses: { 200: { description: "Per framework, and the compare quiz that raises it", schema: ConceptMastery } },
});

const lessonId = { lessonId: { schema: ContentIdParam, what: "lesson" } };
const completion = { 200: { description: "The lesson's state", schema: LessonCompletion } };

export const completeLesson = defineEndpoint({
  method: "PUT",
  path: "/api/me/lessons/{lessonId}/complete",
  tag: "Progress",
  summary: "Mark a lesson read",
  description: "Idempotent: the first date is kept.",
  auth: "session",
  params: lessonId,
  responses: completion,
});

export const uncompleteLesson = defineEndpoint({
  method: "DELETE",
  path: "/api/me/lessons/{lessonId}/complete",
  tag: "Progress",
  summary: "Un-mark a lesson read",
  description: "Idempotent.",
  auth: "session",
  params: lessonId,
  responses: completion,
});

export const getTrackProgress = defineEndpoint({
  method: "GET",
  path: "/api/me/tracks/{track}/progress",
  tag: "Progress",
  summary: "Progress in one track, lesson by lesson",
  auth: "session",
  params: { track: { schema: SlugParam, what: "track" } },
  responses: { 200: { description: "The track's numbers and each lesson's state", schema: TrackLessonsProgress } },
});
