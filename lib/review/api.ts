/** Request bodies of the review API. Pure. */
import { z } from "zod";
import { SESSION_SIZE } from "./session";

export const CardIdParam = z.string().regex(/^[a-z0-9]{20,40}$/, { error: "not a valid card id" });

export const SessionRequest = z
  .strictObject({
    mode: z.enum(["due", "ahead", "mistakes"]).default("due"),
    limit: z.number().int().min(1).max(SESSION_SIZE).optional(),
    /** Serve these cards again (a same-session re-ask of the ones missed). */
    cardIds: z.array(CardIdParam).min(1).max(SESSION_SIZE).optional(),
  })
  .default({ mode: "due" });

export const AnswerRequest = z.strictObject({
  answer: z.unknown().refine((v) => v !== undefined, { error: "required" }),
  /** Grade without moving the schedule (practise ahead, retry mistakes). */
  practice: z.boolean().optional(),
});
