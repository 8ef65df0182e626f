import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, test } from "vitest";
import { endpoints } from "@/lib/api/contract";
import { buildOpenApiDocument } from "@/lib/api/openapi";

const API_DIR = join(process.cwd(), "app", "api");

/** Every `route.ts` under app/api except next-auth's, as "METHOD /api/path/{param}". */
function routeFiles(): { file: string; operations: string[] }[] {
  const found: { file: string; operations: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === "route.ts") {
        const segments = relative(API_DIR, dir).split(sep);
        if (segments[0] === "auth" && segments[1] === "[...nextauth]") continue;
        const url = "/api/" + segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/");
        const source = readFileSync(path, "utf8");
        const methods = [...source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
        found.push({ file: relative(process.cwd(), path), operations: methods.map((m) => `${m} ${url}`) });
      }
    }
  };
  walk(API_DIR);
  return found;
}

const document = buildOpenApiDocument() as { paths: Record<string, Record<string, unknown>> };
const documented = new Set(Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));

describe("the OpenAPI document", () => {
  const files = routeFiles();

  test("finds the route files (the walk itself works)", () => {
    expect(files.length).toBeGreaterThanOrEqual(28);
    expect(files.every((f) => f.operations.length > 0)).toBe(true);
  });

  test.each(files.map((f) => [f.file, f.operations] as const))("%s: every exported method is documented", (_file, operations) => {
    for (const operation of operations) expect(documented, operation).toContain(operation);
  });

  test("documents nothing that has no route file", () => {
    const served = new Set(files.flatMap((f) => f.operations));
    expect([...documented].filter((op) => !served.has(op))).toEqual([]);
    expect(endpoints.length).toBe(documented.size);
  });

  test("validates as OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  test("the validator refuses a broken document (so the check above can fail)", async () => {
    const broken = structuredClone(document) as { paths: Record<string, Record<string, { parameters?: unknown }>> };
    broken.paths["/api/me"]!.get!.parameters = [{ name: "x", in: "body" }]; // OpenAPI 2's "body" is no parameter location in 3.1
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  test("gives every error status the shared error shape", () => {
    for (const ops of Object.values(document.paths))
      for (const op of Object.values(ops) as { responses: Record<string, { content: Record<string, { schema: { $ref?: string } }> }> }[])
        for (const [status, response] of Object.entries(op.responses))
          if (Number(status) >= 400 && status !== "503") expect(response.content["application/json"]?.schema.$ref).toBe("#/components/schemas/Error");
  });
});
