import "server-only";
import pino from "pino";

/** Structured JSON logs. Credentials never reach them: these paths are censored wherever they appear. */
export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: undefined,
  redact: {
    paths: ["password", "*.password", "passwordHash", "*.passwordHash", "headers.cookie", "headers.authorization", "*.headers.cookie", "*.headers.authorization"],
    censor: "[redacted]",
  },
});
