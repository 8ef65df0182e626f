import "server-only";
import { z } from "zod";
import type { BodyOf, Endpoint, ParamsOf, QueryOf, ResponseOf, StatusOf } from "@/lib/api/contract/define";
import { getSessionUser, requireApiUser, type SessionUser } from "@/lib/auth/session";
import { parseParam, readJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { clientIp, rateLimit } from "@/lib/security/rate-limit";

type UserOf<E extends Endpoint> = E["auth"] extends "session" ? SessionUser : E["auth"] extends "optional" ? SessionUser | null : null;

/** What the handler is handed: everything the definition declares, already checked. */
export type Input<E extends Endpoint> = { user: UserOf<E>; params: ParamsOf<E>; query: QueryOf<E>; body: BodyOf<E>; request: Request };

/** A declared success status and a body of its schema's type (checked at compile time). */
export type Reply<E extends Endpoint> = { [S in StatusOf<E>]: { status: S; body: ResponseOf<E, S>; headers?: Record<string, string> } }[StatusOf<E>];

export type Handler<E extends Endpoint> = (input: Input<E>) => Promise<Reply<E> | Response>;

/**
 * A route handler from its contract (dub's `withSession`, declaratively): `route()`'s origin check,
 * error path, `no-store` and log line, then in the order the definition states the query, the
 * session, the rate limit, the params (a bad one is a 404) and the capped body. The handler gets
 * them typed and answers with a declared status, or with a Response of its own (e.g. a download).
 */
export function endpoint<const E extends Endpoint>(definition: E, handler: NoInfer<Handler<E>>) {
  return route<Record<string, string>>(async (request, rawParams) => {
    const query = definition.query ? definition.query.parse(readQuery(new URL(request.url).searchParams, definition)) : undefined;
    let user = definition.authAfterInput ? null : await resolveUser(definition);
    if (definition.rateLimit) await rateLimit(definition.rateLimit.name, definition.rateLimit.key === "ip" ? clientIp(request) : (user?.id ?? clientIp(request)));
    const params: Record<string, unknown> = {};
    for (const [name, param] of Object.entries(definition.params ?? {})) params[name] = parseParam(param.schema, rawParams[name], param.what);
    const body = definition.body ? await readJson(request, definition.body, definition.maxBytes) : undefined;
    if (definition.authAfterInput) user = await resolveUser(definition);
    // The casts join runtime values to the definition's static types: each was just parsed by its schema.
    const input = { user, params, query, body, request } as Input<E>;
    const reply = await handler(input);
    if (reply instanceof Response) return reply;
    return Response.json(reply.body, { status: reply.status, headers: reply.headers });
  });
}

async function resolveUser(definition: Endpoint): Promise<SessionUser | null> {
  if (definition.auth === "session") return requireApiUser();
  if (definition.auth === "optional") return getSessionUser();
  return null;
}

/** `first`: each declared key's first value (what `searchParams.get` gives); `all`: every key, repeats as arrays. */
function readQuery(search: URLSearchParams, definition: Endpoint): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  if (definition.readQuery === "all") {
    for (const key of new Set(search.keys())) {
      const all = search.getAll(key);
      out[key] = all.length === 1 ? all[0] : all;
    }
    return out;
  }
  const shape = definition.query instanceof z.ZodObject ? definition.query.shape : {};
  for (const key of Object.keys(shape)) out[key] = search.get(key) ?? undefined;
  return out;
}
