import "server-only";
/**
 * The one place that knows FSRS: its parameters, and the step from a card and a rating to the next
 * card. ts-fsrs patches Date.prototype when imported, so only server code may import this module.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from "ts-fsrs";
import type { RatingValue } from "./rating";

/**
 * Desired retention 0.9 (FSRS's default: ~90% chance of remembering when a card comes back);
 * fuzz on, so cards learnt together spread over neighbouring days; one 10-minute (re)learning step,
 * so a missed question comes back later in the same sitting; intervals capped at a year.
 */
export const REVIEW_PARAMETERS = generatorParameters({
  request_retention: 0.9,
  enable_fuzz: true,
  enable_short_term: true,
  learning_steps: ["10m"],
  relearning_steps: ["10m"],
  maximum_interval: 365,
});

export const scheduler = fsrs(REVIEW_PARAMETERS);

export type CardStateName = "New" | "Learning" | "Review" | "Relearning";

/** What the database stores per card; the same names as the ReviewCard columns. */
export type StoredSchedule = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: Date | null;
};

const GRADES: Record<RatingValue, Grade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };
const STATES: Record<CardStateName, State> = { New: State.New, Learning: State.Learning, Review: State.Review, Relearning: State.Relearning };
const stateName = (state: State): CardStateName => (["New", "Learning", "Review", "Relearning"] as const)[state];

export function toFsrsCard(s: StoredSchedule): Card {
  return {
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATES[s.state],
    last_review: s.lastReview ?? undefined,
  };
}

function fromFsrsCard(card: Card): StoredSchedule {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateName(card.state),
    lastReview: card.last_review ?? null,
  };
}

/** A card never reviewed, as FSRS starts one. */
export const emptySchedule = (now: Date): StoredSchedule => fromFsrsCard(createEmptyCard(now));

/** The card after one rated answer at `now`; `previous` null starts a new card (its first grade schedules it). */
export function nextSchedule(previous: StoredSchedule | null, now: Date, rating: RatingValue): StoredSchedule {
  const card = previous ? toFsrsCard(previous) : createEmptyCard(now);
  return fromFsrsCard(scheduler.next(card, now, GRADES[rating]).card);
}
