import { expect, test } from "../support/fixtures";
import { firstQuiz, PASSWORD, randomIp, signIn, signedInUser } from "../support/http";

const ADMIN = "admin@framewise.test"; // listed in ADMIN_EMAILS for the test server

test("the authors' report is an admin page: 404 for visitors and learners, the report for admins", async ({ request, playwright, baseURL }) => {
  expect((await request.get("/admin")).status()).toBe(404);

  await signedInUser(request, "learner");
  expect((await request.get("/admin")).status()).toBe(404);

  // A learner picks a tagged wrong answer, so the report has something to show.
  const quiz = firstQuiz();
  const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
  const tagged = quiz.questions.find((q) => q.type === "single" && q.options.some((o) => o.misconception));
  const answers = tagged && tagged.type === "single" ? [{ questionId: tagged.id, answer: tagged.options.find((o) => o.misconception)!.id }] : [];
  await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers } });

  const admin = await playwright.request.newContext({ baseURL });
  await admin.post("/api/register", { data: { email: ADMIN, password: PASSWORD }, headers: { "x-forwarded-for": randomIp() } }); // 201, or 409 if it exists
  await signIn(admin, ADMIN);
  const page = await admin.get("/admin");
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain("Misconceptions that catch learners");
  if (tagged && tagged.type === "single") expect(html).toContain(tagged.options.find((o) => o.misconception)!.misconception!);
  await admin.dispose();
});
