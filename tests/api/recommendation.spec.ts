import { expect, test } from "../support/fixtures";
import { aceFirstQuiz, dashboardCounts } from "../support/choose";
import { signedInUser } from "../support/http";

const FRAMEWORKS = ["django", "express", "fastapi", "flask", "rails"];

test.describe("GET /api/recommendation", () => {
  test("public: ranks the five frameworks with scores and reasons that cite pages", async ({ request }) => {
    const response = await request.get("/api/recommendation?lang=python&build=json-api&work=io");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      questionnaire: { lang: ["python"], build: "json-api", work: "io", admin: "no", hosting: "any" },
      share: "/choose?lang=python&build=json-api&admin=no&work=io&style=either&team=small&experience=mixed&hosting=any",
      signedIn: false,
      maxPoints: expect.any(Number),
    });
    expect(body.ranking.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(body.ranking.map((r: { framework: string }) => r.framework).sort()).toEqual(FRAMEWORKS);
    expect(body.ranking[0]).toMatchObject({ framework: "fastapi", name: "FastAPI", score: 100, mastery: null });
    for (const item of body.ranking) {
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(100);
      for (const reason of item.reasons) {
        expect(reason).toEqual({ points: expect.any(Number), text: expect.any(String), cite: expect.stringMatching(/^\/(learn\/[a-z0-9-]+\/[a-z0-9-]+|compare\/[a-z-]+)$/) });
        // Lessons the reasons cite exist on the site.
        if (reason.cite.startsWith("/learn/")) expect((await request.get(reason.cite)).status(), reason.cite).toBe(200);
      }
    }
  });

  test("the same answers give the same result; the order of languages does not matter", async ({ request }) => {
    const a = await (await request.get("/api/recommendation?lang=ruby&lang=python&build=realtime")).json();
    const b = await (await request.get("/api/recommendation?build=realtime&lang=python&lang=ruby")).json();
    expect(a).toEqual(b);
  });

  for (const [label, query, path] of [
    ["no build", "lang=python", "build"],
    ["an unknown build", "build=desktop", "build"],
    ["an unknown language", "build=json-api&lang=cobol", "lang.0"],
    ["a single answer given twice", "build=json-api&admin=yes&admin=no", "admin"],
    ["an unknown parameter", "build=json-api&budget=high", ""],
    ["an empty value", "build=", "build"],
  ] as const)
    test(`400 with the issue named for ${label}`, async ({ request }) => {
      const response = await request.get(`/api/recommendation?${query}`);
      expect(response.status()).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("validation");
      expect(error.issues.map((i: { path: string }) => i.path)).toContain(path);
    });

  test("signed in: the learner's mastery counts and is reported per framework", async ({ request }) => {
    await signedInUser(request, "chooser-api");
    await aceFirstQuiz(request, "express");
    const expected = await dashboardCounts(request, "express");
    expect(expected.proficient).toBeGreaterThan(0);
    const body = await (await request.get("/api/recommendation?build=realtime")).json();
    expect(body.signedIn).toBe(true);
    const express = body.ranking.find((r: { framework: string }) => r.framework === "express");
    expect(express.mastery).toMatchObject({ proficient: expected.proficient, total: expected.total });
    expect(express.reasons).toContainEqual(expect.objectContaining({ text: `You are proficient in ${expected.proficient} of Express's ${expected.total} core concepts.` }));
    // Rails and Express tie on "realtime" alone; what the learner knows puts Express first.
    expect(body.ranking[0].framework).toBe("express");
  });
});
