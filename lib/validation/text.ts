/**
 * Text that PostgreSQL can store. A NUL character (U+0000) is refused by `text` and `jsonb`
 * columns, and a lone UTF-16 surrogate has no UTF-8 encoding, so either would fail at the database
 * as a 500. Pure; used by every request schema that keeps a client's string.
 */
import { z } from "zod";

/** True when `value` has no NUL character and no unpaired surrogate. */
export const isStorableText = (value: string): boolean => !value.includes("\u0000") && value.isWellFormed();

/** A string schema that refuses what PostgreSQL cannot store, with a message naming why. */
export const storableString = () =>
  z.string().refine(isStorableText, { error: "must not contain NUL characters or unpaired surrogates" });
