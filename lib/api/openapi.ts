/**
 * The OpenAPI 3.1 document, generated from the same definitions the route wrapper enforces. zod 4's
 * own `z.toJSONSchema` writes JSON Schema 2020-12, which is OpenAPI 3.1's schema dialect, and the
 * definitions already hold what the paths need, so no generator package is needed. Pure.
 */
import { z } from "zod";
import { ApiErrorBody, type Endpoint } from "./contract/define";
import { endpoints } from "./contract";

type Json = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input (`validation` with `issues`, or `invalid_json`)",
  401: "Not signed in",
  403: "Forbidden (a cross-site request)",
  404: "No such resource (a malformed id too)",
  409: "Conflicts with the current state",
  413: "Body too large",
  415: "Body is not application/json",
  429: "Rate limited (see `Retry-After`)",
  500: "Unexpected failure (opaque)",
  503: "Database temporarily unavailable",
};

/** The error statuses an endpoint can answer: those the wrapper raises from its definition, and its own. */
export function errorStatuses(endpoint: Endpoint): number[] {
  const statuses = new Set(endpoint.errors ?? []);
  if (!endpoint.unwrapped) {
    if (endpoint.query || endpoint.body) statuses.add(400);
    if (endpoint.auth === "session") statuses.add(401);
    if (endpoint.method !== "GET") statuses.add(403);
    if (endpoint.params) statuses.add(404);
    if (endpoint.body) statuses.add(413).add(415);
    if (endpoint.rateLimit) statuses.add(429);
    statuses.add(500).add(503);
  }
  return [...statuses].filter((s) => !endpoint.responses[s]).sort();
}

/** A JSON Schema for OpenAPI: named sub-schemas (`.meta({ id })`) move to components and are referenced. */
function schemaOf(schema: z.ZodType, io: "input" | "output", components: Json): Json {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", reused: "inline" }) as Json;
  for (const [id, def] of Object.entries((json.$defs as Json | undefined) ?? {})) components[id] = rewriteRefs(def);
  delete json.$defs;
  delete json.$schema; // OpenAPI 3.1's default dialect is the same JSON Schema 2020-12
  return rewriteRefs(json) as Json;
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, key === "$ref" && typeof v === "string" ? v.replace("#/$defs/", "#/components/schemas/") : rewriteRefs(v)]),
  );
}

function parametersOf(endpoint: Endpoint, components: Json): Json[] {
  const path = Object.entries(endpoint.params ?? {}).map(([name, param]) => ({ name, in: "path", required: true, schema: schemaOf(param.schema, "input", components) }));
  if (!endpoint.query) return path;
  const query = schemaOf(endpoint.query, "input", components) as { properties?: Json; required?: string[] };
  return [
    ...path,
    ...Object.entries(query.properties ?? {}).map(([name, schema]) => ({ name, in: "query", required: query.required?.includes(name) ?? false, schema })),
  ];
}

function operationOf(endpoint: Endpoint, components: Json): Json {
  const responses: Json = {};
  for (const [status, response] of Object.entries(endpoint.responses)) {
    if (!response) continue;
    responses[status] = { description: response.description, content: { [response.contentType ?? "application/json"]: { schema: schemaOf(response.schema, "output", components) } } };
  }
  for (const status of errorStatuses(endpoint)) responses[status] = { description: ERROR_DESCRIPTIONS[status] ?? "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  const security = endpoint.auth === "session" ? [{ sessionCookie: [] }] : endpoint.auth === "optional" ? [{}, { sessionCookie: [] }] : [];
  const parameters = parametersOf(endpoint, components);
  return {
    operationId: `${endpoint.method.toLowerCase()}${endpoint.path.replace(/[{}]/g, "").replace(/(^|[/_.-])(\w)/g, (_m, _sep, c: string) => c.toUpperCase())}`,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    security,
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            // A body that may be empty (it has a default) is optional.
            required: !endpoint.body.safeParse(undefined).success,
            content: { "application/json": { schema: schemaOf(endpoint.body, "input", components) } },
            ...(endpoint.maxBytes ? { description: `At most ${endpoint.maxBytes} bytes.` } : {}),
          },
        }
      : {}),
    responses,
  };
}

/** Builds the document for `list` (every endpoint by default). */
export function buildOpenApiDocument(list: readonly Endpoint[] = endpoints): Json {
  const components: Json = {};
  schemaOf(ApiErrorBody, "output", components);
  const paths: Record<string, Json> = {};
  for (const endpoint of list) (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operationOf(endpoint, components);
  return {
    openapi: "3.1.0",
    info: {
      title: "Framewise API",
      version: "1",
      description:
        "The JSON API behind Framewise. Errors always have the shape `{ error: { code, message, issues? } }`. Signed-in routes read the next-auth session cookie; mutating requests from another site are refused.",
    },
    servers: [{ url: "/" }],
    tags: [...new Set(list.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "Set by signing in (next-auth's `POST /api/auth/callback/credentials`). Over HTTPS it is named `__Secure-next-auth.session-token`.",
        },
      },
    },
  };
}

let cached: string | undefined;

/** The document as JSON text, built once per process (the definitions cannot change at runtime). */
export function openApiJson(): string {
  return (cached ??= JSON.stringify(buildOpenApiDocument()));
}
