/** What a token in a request body or link must look like (anything else is refused unread). Pure: the API contract reads it too. */
import { z } from "zod";

export const TokenString = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This link is not valid." });
