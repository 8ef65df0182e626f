import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";

export const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON body with a size cap, then validates it; every failure is a 4xx AppError. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T, maxBytes = MAX_BODY_BYTES): Promise<z.infer<T>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError("payload_too_large", `The body may be at most ${maxBytes} bytes.`);
  const type = request.headers.get("content-type") ?? "";
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) throw new AppError("unsupported_media_type", "Send the body as application/json.");

  const text = await readCapped(request, maxBytes);
  let data: unknown;
  try {
    data = text === "" ? undefined : JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The body is not valid JSON.");
  }
  return schema.parse(data);
}

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readBytesCapped(request, maxBytes));
}

/** The raw body, refused with a 413 once it passes `maxBytes` (declared or streamed). */
export async function readBytesCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError("payload_too_large", `The body may be at most ${maxBytes} bytes.`);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("payload_too_large", `The body may be at most ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Route params are input too: validate them like a body (their shapes live with the API contract). */
export { AttemptIdParam, ContentIdParam, SlugParam } from "@/lib/api/contract/params";

export function parseParam<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError("not_found", `No such ${what}.`);
  return result.data;
}
