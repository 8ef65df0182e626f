import { openApiDocument } from "@/lib/api/contract/public";
import { openApiJson } from "@/lib/api/openapi";
import { endpoint } from "@/lib/http/endpoint";

/** The API's OpenAPI 3.1 document (built once per process), rendered at /docs/api. */
export const GET = endpoint(openApiDocument, async () => new Response(openApiJson(), { headers: { "content-type": "application/json; charset=utf-8" } }));
