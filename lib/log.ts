import "server-only";
import pino, { type DestinationStream } from "pino";
import { env } from "@/lib/env";

/** Structured JSON logs. Credentials never reach them: these paths are censored wherever they appear. */
export function createLogger(destination?: DestinationStream) {
  const options = {
    level: env.LOG_LEVEL,
    base: undefined,
    redact: {
      paths: ["password", "*.password", "passwordHash", "*.passwordHash", "csrfToken", "*.csrfToken", "headers.cookie", "headers.authorization", "*.headers.cookie", "*.headers.authorization"],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = createLogger();
