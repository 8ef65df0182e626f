import "server-only";
import { createHash } from "node:crypto";
import type { Question } from "@/lib/content/schema";

/** sha256 of one question as authored: a card notes it, so a learner can be told the question changed. */
export function questionHash(question: Question): string {
  return createHash("sha256").update(JSON.stringify(question)).digest("hex").slice(0, 32);
}
