/**
 * The browser's one way to call the JSON API. `call(endpoint, input)` takes a contract definition
 * (lib/api/contract), so the params, query and body it sends and the data it returns are typed by
 * the same schemas the server enforces; every failure comes back as a value in the API's error
 * shape, a network failure included (status 0), so callers handle one case, not three.
 *
 * Nothing here loads zod at runtime (the contract is imported for its types only): this module runs
 * on every page with a client island, and zod with the contract's schemas is ~33 KB gzip of script
 * to evaluate, whose eval probe (`new Function`) also trips the Content-Security-Policy.
 */
import type { z } from "zod";
import { isErrorCode, type ErrorCode } from "@/lib/error-codes";
import type { ApiErrorBody, BodyInputOf, Endpoint, Method, QueryInputOf, ResponseOf, StatusOf } from "./contract/define";

export type ApiError = Omit<ApiErrorBody["error"], "code"> & {
  /** The server's code, `network` when no answer came, `unexpected` for an answer not in the error shape. */
  code: ErrorCode | "network" | "unexpected";
};

export type ApiFailure = { ok: false; status: number; error: ApiError };
export type ApiResult<E> = { [S in StatusOf<E>]: { ok: true; status: S; data: ResponseOf<E, S> } }[StatusOf<E>] | ApiFailure;

type ParamInput<E> = E extends { params: infer P } ? { params: { [K in keyof P]: string } } : { params?: undefined };
type QueryInput<E> = E extends { query: z.ZodType } ? { query: QueryInputOf<E> } : { query?: undefined };
type BodyInput<E> = E extends { body: z.ZodType } ? { body: BodyInputOf<E> } : { body?: undefined };
export type CallInput<E> = ParamInput<E> & QueryInput<E> & BodyInput<E> & { signal?: AbortSignal };

type Issue = NonNullable<ApiErrorBody["error"]["issues"]>[number];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
/** Only these keys, as the contract's strict objects demand. */
const onlyKeys = (value: Record<string, unknown>, keys: string[]) => Object.keys(value).every((key) => keys.includes(key));
const isIssue = (value: unknown): value is Issue =>
  isObject(value) && onlyKeys(value, ["path", "message"]) && typeof value.path === "string" && typeof value.message === "string";

/**
 * The `error` of a body in the API's error shape, or null for anything else: what
 * `ApiErrorBody.safeParse` accepts, checked by hand (a unit test holds the two together).
 */
export function errorOf(body: unknown): ApiErrorBody["error"] | null {
  if (!isObject(body) || !onlyKeys(body, ["error"])) return null;
  const { error } = body;
  if (!isObject(error) || !onlyKeys(error, ["code", "message", "issues"]) || !isErrorCode(error.code) || typeof error.message !== "string") return null;
  if (error.issues === undefined) return { code: error.code, message: error.message };
  return Array.isArray(error.issues) && error.issues.every(isIssue) ? { code: error.code, message: error.message, issues: error.issues } : null;
}

/** The URL of an endpoint: path params filled in (encoded), query appended (arrays repeated). */
export function urlOf(endpoint: Pick<Endpoint, "path">, params: Record<string, string> = {}, query: Record<string, unknown> = {}): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(params[name] ?? ""));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    for (const item of [value].flat()) if (item !== undefined && item !== null) search.append(key, String(item));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * The untyped layer, for forms whose fields are the body (app/_components/action-form.tsx): sends
 * JSON, reads JSON, and turns any failure into an `ApiFailure`. Aborts propagate as AbortError.
 */
export async function request(method: Method, url: string, body?: unknown, signal?: AbortSignal): Promise<{ ok: true; status: number; data: unknown } | ApiFailure> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      cache: "no-store",
      signal,
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, status: 0, error: { code: "network", message: "Could not reach the server. Check your connection and try again." } };
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, status: response.status, data };
  return { ok: false, status: response.status, error: errorOf(data) ?? { code: "unexpected", message: `The server answered ${response.status}.` } };
}

declare const endpointType: unique symbol;
/**
 * An endpoint's method and path, carrying the endpoint's type: what a page passes to `call` when
 * importing the contract itself would bring zod and the endpoint's schemas to the browser. The
 * literal types make a wrong method or path a compile error (see lib/api/refs.ts).
 */
export type EndpointRef<E extends Endpoint> = Pick<E, "method" | "path"> & { readonly [endpointType]?: E };
export const endpointRef = <E extends Endpoint>(method: E["method"], path: E["path"]): EndpointRef<E> => ({ method, path });

/** Calls `endpoint` with its typed input; the result is typed per declared status. */
export async function call<const E extends Endpoint>(endpoint: E | EndpointRef<E>, input: CallInput<E>): Promise<ApiResult<E>> {
  const result = await request(endpoint.method, urlOf(endpoint, input.params, input.query ?? {}), input.body, input.signal);
  // The contract types the server's answer; the API tests check real answers against the same schemas.
  return result as ApiResult<E>;
}

/** A failed call, thrown by `dataOf`: its message is the API's (or the network's) own. */
export class ApiCallError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.error.message);
  }
  /** No answer came: the browser is offline or the server unreachable. */
  get offline(): boolean {
    return this.failure.status === 0;
  }
}

/** The data of a successful call; a failure is thrown as an `ApiCallError`. */
export function dataOf<R extends { ok: true; data: unknown } | ApiFailure>(result: R): Extract<R, { ok: true }>["data"] {
  if (!result.ok) throw new ApiCallError(result);
  return result.data;
}
