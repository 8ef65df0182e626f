import { expect, test } from "../support/fixtures";
import { ensureAccount, firstQuiz, randomIp, signIn, signedInUser } from "../support/http";
import { grantAdmin } from "../support/server-database";

// Its own admin, made the only way there is (`npm run admin:grant`), so admin.spec's first registration stays its own.
const ADMIN = "items-admin@framewise.test";
const quiz = firstQuiz();
const question = quiz.questions.find((q) => q.type === "single")!;
const pages = ["/admin/items", `/admin/items/${quiz.id}`, `/admin/items/${quiz.id}/${question.id}`];

test("item analysis is an admin page: sign-in for visitors, 404 for learners", async ({ request }) => {
  for (const path of pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toContain("/signin?callbackUrl=");
  }
  await signedInUser(request, "learner");
  for (const path of pages) expect((await request.get(path)).status(), path).toBe(404);
});

test("admins see the report, first attempts by default and all attempts on request; unknown ids are 404", async ({ request, playwright, baseURL }) => {
  await signedInUser(request, "items");
  const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
  await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: [] } });

  const admin = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  await ensureAccount(admin, ADMIN); // an earlier run on the same database may have made it
  const granted = grantAdmin(ADMIN);
  expect(granted.status, granted.output).toBe(0);
  await signIn(admin, ADMIN);
  for (const path of pages) {
    const page = await admin.get(path);
    expect(page.status(), path).toBe(200);
  }
  expect(await (await admin.get(pages[1]!)).text()).toContain("each learner&#x27;s first submitted attempt");
  expect(await (await admin.get(`${pages[1]}?attempts=all`)).text()).toContain("all submitted attempts");
  const detail = await (await admin.get(pages[2]!)).text();
  expect(detail).toContain(quiz.file);
  expect(detail).toContain('data-testid="option-chart"');
  expect((await admin.get("/admin/items/nope.nope")).status()).toBe(404);
  expect((await admin.get(`/admin/items/${quiz.id}/no-such-question`)).status()).toBe(404);
  await admin.dispose();
});
