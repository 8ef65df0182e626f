/** Route params are input too: the shapes every path segment is checked against. Pure. */
import { z } from "zod";

export const ContentIdParam = z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, { error: "not a valid id" });
export const SlugParam = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "not a valid slug" });
export const AttemptIdParam = z.string().regex(/^[a-z0-9]{20,40}$/, { error: "not a valid attempt id" });
