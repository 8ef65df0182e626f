import { expect, test } from "../support/fixtures";
import { firstQuiz, PASSWORD, randomIp, signIn, signedInUser } from "../support/http";

const ADMIN = "admin@framewise.test"; // listed in ADMIN_EMAILS for the test server
const quiz = firstQuiz();
const question = quiz.questions.find((q) => q.type === "single")!;
const pages = ["/admin/items", `/admin/items/${quiz.id}`, `/admin/items/${quiz.id}/${question.id}`];

test("item analysis is an admin page: 404 for visitors and learners", async ({ request }) => {
  for (const path of pages) expect((await request.get(path)).status(), path).toBe(404);
  await signedInUser(request, "learner");
  for (const path of pages) expect((await request.get(path)).status(), path).toBe(404);
});

test("admins see the report, first attempts by default and all attempts on request; unknown ids are 404", async ({ request, playwright, baseURL }) => {
  await signedInUser(request, "items");
  const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
  await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: [] } });

  const admin = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  await admin.post("/api/register", { data: { email: ADMIN, password: PASSWORD } }); // 201, or 409 if it exists
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
