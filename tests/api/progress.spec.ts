import { expect, test } from "@playwright/test";
import { firstQuiz, signedInUser } from "../support/http";

const quiz = firstQuiz();

test.describe("the learner's time zone and progress over HTTP", () => {
  test("signed out: PUT /api/me/profile is 401", async ({ request }) => {
    const response = await request.put("/api/me/profile", { data: { timeZone: "Europe/Berlin" } });
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  });

  test("PUT /api/me/profile refuses what is not an IANA zone with 400, never 500", async ({ request }) => {
    await signedInUser(request, "tz-bad");
    for (const data of [{ timeZone: "Mars/Olympus_Mons" }, { timeZone: "+01:00" }, { timeZone: 42 }, { timeZone: "x".repeat(100) }, { timeZone: "UTC", admin: true }, {}, []]) {
      const response = await request.put("/api/me/profile", { data });
      expect(response.status(), JSON.stringify(data)).toBe(400);
      expect((await response.json()).error.code).toBe("validation");
    }
    const notJson = await request.put("/api/me/profile", { data: "timeZone=UTC", headers: { "content-type": "text/plain" } });
    expect(notJson.status()).toBe(415);
  });

  test("the stored zone counts the days; ?tz= overrides it per request; existing fields stay", async ({ request }) => {
    await signedInUser(request, "tz-good");
    const stored = await request.put("/api/me/profile", { data: { timeZone: "america/new_york" } });
    expect(stored.status()).toBe(200);
    expect(await stored.json()).toMatchObject({ profile: { timeZone: "America/New_York" } });

    const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
    await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: [] } });

    const progress = await (await request.get("/api/me/progress")).json();
    expect(progress).toMatchObject({ timeZone: "America/New_York", tracks: expect.any(Array), recentAttempts: [{ attemptId: attempt.id, percent: 0 }] });
    expect(progress.tracks[0]).toEqual(expect.objectContaining({ slug: expect.any(String), percent: expect.any(Number), quizzes: expect.any(Array), next: expect.anything() }));
    expect(progress.history).toHaveLength(1);
    expect(progress.activity).toMatchObject({ current: 1, longest: 1, heatmap: { weeks: expect.any(Array) } });
    expect(progress.mastery.rows.length).toBeGreaterThan(0);

    const tokyo = await request.get("/api/me/progress?tz=Asia/Tokyo");
    expect(tokyo.status()).toBe(200);
    expect((await tokyo.json()).timeZone).toBe("Asia/Tokyo");
    for (const tz of ["Nowhere/Special", "", "UTC+5"]) {
      const bad = await request.get(`/api/me/progress?tz=${encodeURIComponent(tz)}`);
      expect(bad.status(), tz).toBe(400);
      expect((await bad.json()).error.issues[0].path).toBe("tz");
    }
  });
});
