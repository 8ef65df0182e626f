import { expect, request as playwrightRequest, test, type APIRequestContext } from "../support/fixtures";
import { catalog, signedInUser } from "../support/http";

const track = catalog.tracks.find((t) => t.slug === "flask")!;
const [first, second] = track.lessons as [(typeof track.lessons)[number], (typeof track.lessons)[number]];
const completeUrl = (lessonId: string) => `/api/me/lessons/${lessonId}/complete`;

async function trackSummary(request: APIRequestContext) {
  const progress = await (await request.get("/api/me/progress")).json();
  return progress.tracks.find((t: { slug: string }) => t.slug === track.slug);
}

test.describe("lesson completion over HTTP", () => {
  test("signed out: 401 with the error shape, for known and unknown lessons and the track progress", async ({ request }) => {
    for (const response of [
      await request.put(completeUrl(first.id)),
      await request.delete(completeUrl(first.id)),
      await request.put(completeUrl("flask.no-such-lesson")),
      await request.get(`/api/me/tracks/${track.slug}/progress`),
    ]) {
      expect(response.status()).toBe(401);
      expect((await response.json()).error).toMatchObject({ code: "unauthorized", message: expect.any(String) });
    }
  });

  test("mark, mark again (same date), shows in progress, un-mark twice", async ({ request }) => {
    await signedInUser(request, "complete");
    expect((await trackSummary(request)).lessonsCompleted).toBe(0);

    const marked = await request.put(completeUrl(first.id));
    expect(marked.status()).toBe(200);
    const body = await marked.json();
    expect(body).toEqual({ lessonId: first.id, completedAt: expect.any(String) });
    expect(Date.now() - Date.parse(body.completedAt)).toBeLessThan(60_000);

    const again = await request.put(completeUrl(first.id));
    expect(again.status()).toBe(200);
    expect(await again.json()).toEqual(body);

    const summary = await trackSummary(request);
    expect(summary).toMatchObject({ lessonsCompleted: 1, percent: Math.round(100 / track.lessons.length) });
    expect(summary.next.href).toBe(`/learn/${track.slug}/${second.slug}`);

    for (let i = 0; i < 2; i++) {
      const removed = await request.delete(completeUrl(first.id));
      expect(removed.status()).toBe(200);
      expect(await removed.json()).toEqual({ lessonId: first.id, completedAt: null });
    }
    expect((await trackSummary(request)).lessonsCompleted).toBe(0);
  });

  test("track progress lists which lessons are done, per user", async ({ request, baseURL }) => {
    await signedInUser(request, "trackprog");
    await request.put(completeUrl(second.id));

    const response = await request.get(`/api/me/tracks/${track.slug}/progress`);
    expect(response.status()).toBe(200);
    const progress = await response.json();
    expect(progress).toMatchObject({ slug: track.slug, title: track.title, lessonsTotal: track.lessons.length, lessonsCompleted: 1 });
    expect(progress.percent).toBe(Math.round(100 / track.lessons.length));
    expect(progress.lessons.map((l: { lessonId: string }) => l.lessonId)).toEqual(track.lessons.map((l) => l.id));
    expect(progress.lessons[1]).toMatchObject({ lessonId: second.id, completedAt: expect.any(String), quizPassed: false });
    expect(progress.lessons[0]).toMatchObject({ lessonId: first.id, completedAt: null });

    const other = await playwrightRequest.newContext({ baseURL });
    await signedInUser(other, "trackprog-other");
    const theirs = await (await other.get(`/api/me/tracks/${track.slug}/progress`)).json();
    expect(theirs.lessonsCompleted).toBe(0);
    // Another user's un-mark leaves this user's mark alone.
    expect((await other.delete(completeUrl(second.id))).status()).toBe(200);
    await other.dispose();
    expect((await (await request.get(`/api/me/tracks/${track.slug}/progress`)).json()).lessons[1].completedAt).toEqual(expect.any(String));
  });

  test("unknown or malformed lessons and tracks are 404 and store nothing", async ({ request }) => {
    await signedInUser(request, "notfound");
    const urls = [
      completeUrl("flask.no-such-lesson"),
      completeUrl("no-such-track.philosophy"),
      completeUrl("flask"),
      completeUrl("Flask.Philosophy"),
      completeUrl(`${track.slug}%2F${first.slug}`),
    ];
    for (const url of urls)
      for (const method of ["put", "delete"] as const) {
        const response = await request[method](url);
        expect(response.status(), `${method} ${url}`).toBe(404);
        expect((await response.json()).error).toMatchObject({ code: "not_found", message: expect.any(String) });
      }
    for (const slug of ["no-such-track", "Flask", "a..b"]) {
      const response = await request.get(`/api/me/tracks/${slug}/progress`);
      expect(response.status(), slug).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
    expect((await trackSummary(request)).lessonsCompleted).toBe(0);
  });
});
