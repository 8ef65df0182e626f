/**
 * The API's error codes and their HTTP statuses. A module of its own, free of zod, because the
 * browser's API client (lib/api/client.ts) checks error answers against these codes on every page.
 */
export const STATUS = {
  bad_request: 400,
  invalid_json: 400,
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof STATUS;
export const ERROR_CODES = Object.keys(STATUS) as [ErrorCode, ...ErrorCode[]];

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === "string" && Object.hasOwn(STATUS, value);
