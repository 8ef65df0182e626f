import "server-only";
import { toResponse } from "@/lib/errors";

type Context<P> = { params: Promise<P> };

/** Wraps a route handler so every thrown error becomes the API's JSON error shape. */
export function route<P = Record<string, never>>(handler: (request: Request, params: P) => Promise<Response>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      return toResponse(error);
    }
  };
}
