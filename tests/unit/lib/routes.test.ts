// Page paths are a public contract (bookmarks, emailed links, other clients): these are the exact
// strings each builder must keep returning.
import { describe, expect, test } from "vitest";
import { routes } from "@/lib/routes";

describe("routes", () => {
  test("learning paths", () => {
    expect(routes.lesson("flask", "routing")).toBe("/learn/flask/routing");
    expect(routes.quiz("flask", "routing")).toBe("/learn/flask/routing/quiz");
    expect(routes.quizReview("flask", "routing", "a1")).toBe("/learn/flask/routing/quiz/review/a1");
    expect(routes.compare("routing", { from: "django", to: "rails" })).toBe("/compare/routing?from=django&to=rails");
  });

  test("account paths encode what they carry", () => {
    expect(routes.signIn()).toBe("/signin");
    expect(routes.signIn("/learn/flask/routing?x=1&y=2")).toBe("/signin?callbackUrl=%2Flearn%2Fflask%2Frouting%3Fx%3D1%26y%3D2");
    expect(routes.signInError("OidcProfile")).toBe("/signin?error=OidcProfile");
    expect(routes.signInRegistered("a+b@example.test")).toBe("/signin?registered=1&email=a%2Bb%40example.test");
    expect(routes.signUp()).toBe("/signup");
    expect(routes.forgotPassword()).toBe("/forgot-password");
    expect(routes.confirmEmail("t/k")).toBe("/settings/email?token=t%2Fk");
  });
});
