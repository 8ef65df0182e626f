/**
 * The JSON API's contract, one declarative definition per route: what it takes (params, query,
 * body), who may call it, which limit counts it, and what it answers per status. Pure: the route
 * wrapper (lib/http/endpoint.ts), the OpenAPI document (lib/api/openapi.ts) and the browser's client
 * (lib/api/client.ts) all read the same objects, so none of them can drift from the others.
 */
import { z } from "zod";
import { ERROR_CODES } from "@/lib/errors";
import type { LimitName } from "@/lib/security/rate-limit";

/** Every error answer of the API: `{ error: { code, message, issues? } }`. */
export const ApiErrorBody = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      /** Which fields were wrong, for 400s that come from validation. */
      issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: "Error" });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export type Method = "GET" | "POST" | "PUT" | "DELETE";

/** A path segment: its schema, and the noun of the 404 ("No such attempt.") when it fails. */
export type Param = { schema: z.ZodType<unknown, string>; what: string };

export type ResponseDef = { description: string; schema: z.ZodType; contentType?: string };

export type Endpoint = {
  method: Method;
  /** OpenAPI style: `/api/attempts/{attemptId}`; the folder under app/ with `[attemptId]`. */
  path: `/api/${string}`;
  summary: string;
  description?: string;
  tag: string;
  /** `session`: a signed-out caller gets a 401; `optional`: the handler gets the user or null. */
  auth: "session" | "optional" | "none";
  /** Parse query and body before the session check (the routes that always did so keep their 400-before-401). */
  authAfterInput?: boolean;
  params?: Record<string, Param>;
  query?: z.ZodType;
  /** `first`: one value per declared key (the default); `all`: every key, repeated ones as arrays. */
  readQuery?: "first" | "all";
  body?: z.ZodType;
  /** The body's cap in bytes (lib/http/body.ts's default otherwise). */
  maxBytes?: number;
  /** Counted before the params and body are read: per signed-in user or per client address. */
  rateLimit?: { name: LimitName; key: "user" | "ip" };
  /** Success answers, and any error answer with a body other than the shared error shape. */
  responses: Partial<Record<number, ResponseDef>>;
  /** Error statuses the handler itself raises; those the wrapper raises are derived from the definition. */
  errors?: readonly number[];
  /** Served without the wrapper (liveness, readiness, the benchmark's no-op, a static list): documented only. */
  unwrapped?: true;
};

/** Keeps the literal types of a definition, so handler and client get exact input and output types. */
export const defineEndpoint = <const E extends Endpoint>(endpoint: E): E => endpoint;

export type SuccessStatus = 200 | 201 | 202;

export type ParamsOf<E> = E extends { params: infer P extends Record<string, Param> } ? { [K in keyof P]: z.output<P[K]["schema"]> } : Record<string, never>;
export type QueryOf<E> = E extends { query: infer Q extends z.ZodType } ? z.output<Q> : undefined;
export type BodyOf<E> = E extends { body: infer B extends z.ZodType } ? z.output<B> : undefined;
/** What a caller sends for the query and body (before defaults and transforms). */
export type QueryInputOf<E> = E extends { query: infer Q extends z.ZodType } ? z.input<Q> : undefined;
export type BodyInputOf<E> = E extends { body: infer B extends z.ZodType } ? z.input<B> : undefined;

type ResponsesOf<E> = E extends { responses: infer R } ? R : never;
/** The success statuses a definition declares. */
export type StatusOf<E> = keyof ResponsesOf<E> & SuccessStatus;
/** The body a success status carries. */
export type ResponseOf<E, S extends StatusOf<E>> = ResponsesOf<E>[S] extends { schema: infer T extends z.ZodType } ? z.output<T> : never;
