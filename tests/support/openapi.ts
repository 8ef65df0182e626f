// Checks real answers against the published OpenAPI document: the status must be documented for
// the operation, and the body must match that status's JSON Schema (ajv, JSON Schema 2020-12).
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

type Doc = { paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>> };

export class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  private readonly compiled = new Map<string, ValidateFunction>();
  /** Every "METHOD path status" a test saw, to report coverage. */
  readonly seen = new Set<string>();

  private constructor(readonly doc: Doc) {
    this.ajv.addSchema({ ...doc, $id: "openapi.json" });
  }

  static async load(request: APIRequestContext): Promise<Contract> {
    const response = await request.get("/api/openapi.json");
    expect(response.status()).toBe(200);
    return new Contract((await response.json()) as Doc);
  }

  /** Asserts `response` has `status`, that the document lists it for the operation, and that its body matches. */
  async check(response: APIResponse, method: string, path: string, status: number): Promise<unknown> {
    const text = await response.text();
    expect(response.status(), `${method} ${path}: ${text.slice(0, 300)}`).toBe(status);
    const operation = this.doc.paths[path]?.[method.toLowerCase()];
    expect(operation, `${method} ${path} is documented`).toBeDefined();
    expect(Object.keys(operation!.responses), `${method} ${path} documents ${status}`).toContain(String(status));
    const key = `${method} ${path} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      const pointer = ["paths", path, method.toLowerCase(), "responses", String(status), "content", "application/json", "schema"]
        .map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1"))
        .join("/");
      validate = this.ajv.compile({ $ref: `openapi.json#/${pointer}` });
      this.compiled.set(key, validate);
    }
    const body = JSON.parse(text) as unknown;
    expect(validate(body) ? [] : validate.errors, `${key} body matches its schema`).toEqual([]);
    this.seen.add(key);
    return body;
  }
}
