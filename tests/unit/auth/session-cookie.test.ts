import { encode } from "next-auth/jwt";
import { describe, expect, test } from "vitest";
import { cookieName, decodeSessionCookie } from "@/lib/auth/session-cookie";

const secret = process.env.NEXTAUTH_SECRET!;
const claims = { id: "user-1", sid: "session-1", sv: 3, authTime: 1_700_000_000, email: "ada@example.test", name: "Ada" };
const cookie = (value: string, name = cookieName()) => [{ name, value }];

describe("decodeSessionCookie reads the cookies next-auth writes", () => {
  test("a cookie next-auth encoded decodes to its claims", async () => {
    const token = await encode({ token: claims, secret });
    expect(await decodeSessionCookie(cookie(token))).toMatchObject(claims);
  });

  test("a cookie split into numbered chunks is joined in order", async () => {
    const token = await encode({ token: { ...claims, sid: "chunked" }, secret });
    const cut = Math.floor(token.length / 2);
    const chunks = [{ name: `${cookieName()}.1`, value: token.slice(cut) }, { name: `${cookieName()}.0`, value: token.slice(0, cut) }];
    expect(await decodeSessionCookie(chunks)).toMatchObject({ ...claims, sid: "chunked" });
  });

  test("a cookie sealed with another secret, a tampered one, an expired one and garbage are refused", async () => {
    const foreign = await encode({ token: { ...claims, sid: "foreign" }, secret: "another-secret-another-secret-another-0000" });
    const good = await encode({ token: { ...claims, sid: "tampered" }, secret });
    const tampered = good.slice(0, -8) + (good.slice(-8, -7) === "A" ? "B" : "A") + good.slice(-7);
    const expired = await encode({ token: { ...claims, sid: "expired" }, secret, maxAge: -60 });
    for (const value of [foreign, tampered, expired, "not-a-jwe"]) expect(await decodeSessionCookie(cookie(value))).toBeNull();
  });

  test("another cookie's name is not read", async () => {
    const token = await encode({ token: { ...claims, sid: "other-name" }, secret });
    expect(await decodeSessionCookie(cookie(token, "other-cookie"))).toBeNull();
  });
});
