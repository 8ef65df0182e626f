import { expect, test } from "../support/fixtures";
import { firstQuiz, register, signIn, signedInUser } from "../support/http";
import { grantAdmin, sql } from "../support/server-database";

const ADMIN = "admin@framewise.test"; // listed in ADMIN_EMAILS for the test server

test("the authors' report is an admin page: sign-in for visitors, 404 for learners, the report for admins", async ({ request, playwright, baseURL }) => {
  test.slow(); // two sign-ups through their emailed links, on a shared machine
  expect((await request.get("/admin", { maxRedirects: 0 })).status()).toBe(307);

  await signedInUser(request, "learner");
  expect((await request.get("/admin")).status()).toBe(404);

  // A learner picks a tagged wrong answer, so the report has something to show.
  const quiz = firstQuiz();
  const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
  const tagged = quiz.questions.find((q) => q.type === "single" && q.options.some((o) => o.misconception));
  const answers = tagged && tagged.type === "single" ? [{ questionId: tagged.id, answer: tagged.options.find((o) => o.misconception)!.id }] : [];
  await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers } });

  // Registering an address listed in ADMIN_EMAILS does not make an admin: whoever registers it first
  // would own the site. (Removed first, so a rerun on the same database registers it afresh.)
  await sql(`DELETE FROM "User" WHERE email = $1`, [ADMIN]);
  const admin = await playwright.request.newContext({ baseURL });
  await register(admin, ADMIN);
  await signIn(admin, ADMIN);
  expect((await admin.get("/admin")).status()).toBe(404);

  // `npm run admin:grant` is the way; the role is read on each request, so no new sign-in is needed.
  const granted = grantAdmin(ADMIN);
  expect(granted.status, granted.output).toBe(0);
  await expect.poll(async () => (await admin.get("/admin")).status(), { timeout: 15_000 }).toBe(200);
  const html = await (await admin.get("/admin")).text();
  expect(html).toContain("Misconceptions that catch learners");
  if (tagged && tagged.type === "single") expect(html).toContain(tagged.options.find((o) => o.misconception)!.misconception!);
  await admin.dispose();
});
