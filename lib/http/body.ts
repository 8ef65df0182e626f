import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";

export const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON body with a size cap, then validates it; every failure is a 4xx AppError. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T, maxBytes = MAX_BODY_BYTES): Promise<z.infer<T>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const type = request.headers.get("content-type") ?? "";
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) throw new AppError("unsupported_media_type", "Send the body as application/json.");

  const text = decoder.decode(await readBytesCapped(request, maxBytes));
  let data: unknown;
  try {
    data = text === "" ? undefined : JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The body is not valid JSON.");
  }
  return schema.parse(data);
}

// Not streaming (each body is decoded whole), so one decoder serves every request.
const decoder = new TextDecoder();
const tooLarge = (maxBytes: number) => new AppError("payload_too_large", `The body may be at most ${maxBytes} bytes.`);

/** The raw body, refused with a 413 once it passes `maxBytes` (declared or streamed). */
export async function readBytesCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const length = request.headers.get("content-length");
  const declared = Number(length ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  // A declared length within the cap bounds the body: Node's HTTP parser delivers exactly that many
  // bytes, so the body is read in one call instead of chunk by chunk through the stream's reader.
  // The length check stays, in case a runtime ever passes on more.
  if (length !== null && /^\d+$/.test(length)) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
    return bytes;
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
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
