import { describe, expect, test } from "vitest";
import { Refusal, resolveDatabase } from "../../../scripts/cluster/environment";

describe("serve:cluster's database", () => {
  test("refuses the embedded database and says why", async () => {
    const refused = resolveDatabase({ FRAMEWISE_EPHEMERAL_DB: "1" });
    await expect(refused).rejects.toBeInstanceOf(Refusal);
    await expect(refused).rejects.toThrow(/embedded database \(PGlite\) lives inside one process/);
  });

  test("a DATABASE_URL nobody answers at is refused with the reason, password hidden", async () => {
    const refused = resolveDatabase({ DATABASE_URL: "postgresql://app:secret@127.0.0.1:1/framewise" });
    await expect(refused).rejects.toThrow(/cannot connect to postgresql:\/\/app:\*\*\*@127\.0\.0\.1:1\/framewise/);
  });

  test("a reachable DATABASE_URL is used as given", async () => {
    const url = process.env.DATABASE_URL!;
    await expect(resolveDatabase({ DATABASE_URL: url })).resolves.toBe(url);
  });
});
