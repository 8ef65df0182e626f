/**
 * What the API answers, as zod schemas. The wrapper type-checks every handler's answer against
 * these (a query that changes shape fails to compile), the OpenAPI document publishes them, and
 * the API tests check real answers against the document. Deep read models that only the dashboard
 * draws are loose objects: their key fields are fixed, the rest may grow.
 */
import { z } from "zod";
import { MASTERY_LEVELS } from "@/lib/progress/mastery";
import { anyAnswer } from "@/lib/quiz/answers";
import { PublicQuestion as PublicQuestionOfType } from "@/lib/quiz/public";

export const Timestamp = z.iso.datetime({ offset: true }).meta({ description: "ISO 8601 date and time" });
export const Day = z.iso.date().meta({ description: "A calendar day in the learner's time zone" });

export const Role = z.enum(["USER", "ADMIN"]);
export const PublicUser = z.object({ id: z.string(), email: z.string(), name: z.string() }).meta({ id: "PublicUser" });
export const SessionUser = PublicUser.extend({ role: Role }).meta({ id: "SessionUser" });

/** The question types' public forms (lib/quiz/public.ts): one schema per type, no answer key. */
export const PublicQuestion = PublicQuestionOfType.meta({ id: "PublicQuestion", description: "A question without its answer key" });

/** An answer: its shape depends on the question's type (see the submission body). */
const AnswerValue = anyAnswer.meta({ description: "string, string[], boolean or { leftId: rightId }, by question type" });

export const AttemptView = z
  .object({
    id: z.string(),
    quizId: z.string(),
    title: z.string(),
    passPercent: z.number(),
    startedAt: Timestamp,
    submittedAt: Timestamp.nullable(),
    questions: z.array(PublicQuestion),
    draft: z.object({ answers: z.array(z.object({ questionId: z.string(), answer: AnswerValue })), savedAt: Timestamp }).nullable(),
  })
  .meta({ id: "AttemptView" });

const Expected = AnswerValue;

export const QuestionResult = z
  .object({
    questionId: z.string(),
    correct: z.boolean(),
    points: z.number(),
    maxPoints: z.number(),
    answer: AnswerValue.nullable(),
    expected: Expected,
    explanation: z.string(),
    misconceptions: z.array(z.string()),
  })
  .meta({ id: "QuestionResult" });

export const AttemptResult = z
  .object({ attemptId: z.string(), score: z.number(), maxScore: z.number(), percent: z.number(), passed: z.boolean(), questions: z.array(QuestionResult) })
  .meta({ id: "AttemptResult" });

export const LessonCompletion = z.object({ lessonId: z.string(), completedAt: Timestamp.nullable() });

const LessonLink = z.object({ title: z.string(), href: z.string() });

export const ReviewOverview = z.object({
  due: z.number().int(),
  next: z.array(z.object({ cardId: z.string(), quizId: z.string(), questionId: z.string(), due: Timestamp, prompt: z.string(), lesson: LessonLink })),
  forecast: z.array(z.object({ day: Day, count: z.number().int() })),
  nextDue: z.object({ due: Timestamp, in: z.string(), lesson: z.string() }).nullable(),
  timeZone: z.string(),
  today: Day,
});

export const SessionCard = z.object({
  cardId: z.string(),
  practice: z.boolean(),
  due: Timestamp,
  question: PublicQuestion,
  codeHtml: z.string().nullable(),
  lesson: LessonLink,
  concepts: z.array(z.string()),
});

export const CardAnswerResult = z.object({
  cardId: z.string(),
  practice: z.boolean(),
  correct: z.boolean(),
  points: z.number(),
  maxPoints: z.number(),
  rating: z.enum(["Again", "Hard", "Good", "Easy"]),
  expected: Expected,
  explanation: z.string(),
  due: Timestamp,
  questionChanged: z.boolean(),
  lesson: LessonLink,
  concepts: z.array(z.string()),
});

const MasteryLevelOrNull = z.enum(MASTERY_LEVELS.map((l) => l.level)).nullable();

export const ConceptMastery = z.object({
  concept: z.object({ id: z.string(), title: z.string() }),
  frameworks: z.array(z.object({ framework: z.string(), level: MasteryLevelOrNull, percent: z.number().nullable(), questions: z.number(), answered: z.number() })),
  quiz: z.object({ id: z.string(), href: z.string() }).nullable(),
});

export const TrackLessonsProgress = z.looseObject({
  slug: z.string(),
  title: z.string(),
  lessons: z.array(z.looseObject({ lessonId: z.string(), slug: z.string(), title: z.string(), completedAt: Timestamp.nullable() })),
});

export const Dashboard = z.object({
  tracks: z.array(z.looseObject({ slug: z.string(), title: z.string() })),
  recentAttempts: z.array(z.looseObject({ title: z.string(), reviewHref: z.string() })),
  timeZone: z.string(),
  today: Day,
  activity: z.looseObject({ heatmap: z.unknown() }),
  history: z.array(z.looseObject({})),
  mastery: z.object({ tracks: z.array(z.object({ slug: z.string(), title: z.string() })), rows: z.array(z.looseObject({ concept: z.object({ id: z.string(), title: z.string() }) })) }),
});

export const Recommendation = z.object({
  questionnaire: z.looseObject({}),
  share: z.string().meta({ description: "The same answers as a /choose link" }),
  signedIn: z.boolean(),
  maxPoints: z.number(),
  ranking: z.array(z.looseObject({ framework: z.string(), name: z.string(), rank: z.number(), score: z.number(), points: z.number() })),
});

export const Message = z.object({ message: z.string() });
