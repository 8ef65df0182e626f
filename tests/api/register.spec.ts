import { expect, test } from "../support/fixtures";
import { PASSWORD, uniqueEmail } from "../support/http";

test.describe("POST /api/register", () => {
  test("creates a user with a normalised email (201), then refuses the same email (409)", async ({ request }) => {
    const email = uniqueEmail("reg");
    const created = await request.post("/api/register", { data: { email: `  ${email.toUpperCase()} `, password: PASSWORD, name: "Ada" } });
    expect(created.status()).toBe(201);
    const { user } = await created.json();
    expect(user).toEqual({ id: expect.any(String), email, name: "Ada" });
    expect(JSON.stringify(user)).not.toContain("password");

    const again = await request.post("/api/register", { data: { email, password: PASSWORD } });
    expect(again.status()).toBe(409);
    expect((await again.json()).error.code).toBe("conflict");
  });

  test("defaults the display name to the email's local part", async ({ request }) => {
    const email = uniqueEmail("noname");
    const { user } = await (await request.post("/api/register", { data: { email, password: PASSWORD } })).json();
    expect(user.name).toBe(email.split("@")[0]);
  });

  test.describe("rejects bad input with 400 and field issues", () => {
    for (const [label, data] of [
      ["an invalid email", { email: "not-an-email", password: PASSWORD }],
      ["a short password", { email: "short@example.test", password: "short" }],
      ["a wrong type", { email: 42, password: PASSWORD }],
      ["an unknown field", { email: "x@example.test", password: PASSWORD, role: "ADMIN" }],
      ["a missing body", undefined],
    ] as const) {
      test(label, async ({ request }) => {
        const response = await request.post("/api/register", { data });
        expect(response.status()).toBe(400);
        const body = await response.json();
        expect(body.error).toMatchObject({ code: "validation", message: expect.any(String) });
      });
    }

    test("malformed JSON", async ({ request }) => {
      const response = await request.post("/api/register", { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
      expect(response.status()).toBe(400);
      expect((await response.json()).error.code).toBe("invalid_json");
    });

    test("an oversized body", async ({ request }) => {
      const response = await request.post("/api/register", { data: { email: "big@example.test", password: PASSWORD, name: "x".repeat(10_000) } });
      expect(response.status()).toBe(413);
      expect((await response.json()).error.code).toBe("payload_too_large");
    });
  });
});
