import { expect, test } from "vitest";
import { createLogger } from "@/lib/log";

test("logs are JSON lines with secrets censored", () => {
  const lines: string[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(line) });
  logger.info({ requestId: "r-1", password: "hunter2hunter2", user: { passwordHash: "$argon2id$x" }, req: { headers: { cookie: "next-auth.session-token=abc" } } }, "sign-in");
  expect(lines).toHaveLength(1);
  const entry = JSON.parse(lines[0]!);
  expect(entry).toMatchObject({ requestId: "r-1", msg: "sign-in", password: "[redacted]", user: { passwordHash: "[redacted]" }, req: { headers: { cookie: "[redacted]" } } });
  expect(lines[0]).not.toMatch(/hunter2|argon2id|session-token/);
});
