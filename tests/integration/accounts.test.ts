// Password reset, email change, export and deletion against a real PostgreSQL, with mail sent over
// SMTP to a real smtp-server this file starts on a free port.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMailServer, type MailServer } from "../support/mail-server";

let mail: MailServer;
// lib/env reads SMTP_URL once, so the app modules load after the server is up.
let app: Awaited<ReturnType<typeof load>>;
const load = async () => ({
  ...(await import("@/lib/auth/password-reset")),
  ...(await import("@/lib/auth/email-change")),
  ...(await import("@/lib/auth/account")),
  ...(await import("@/lib/auth/sessions")),
  ...(await import("@/lib/auth/password")),
  ...(await import("@/lib/db/queries/accounts")),
  ...(await import("@/lib/db/queries/attempts")),
  ...(await import("@/lib/db/queries/progress")),
  ...(await import("@/lib/db/queries/users")),
  ...(await import("@/lib/db/queries/oidc")),
  ...(await import("@/lib/content/load")),
  db: (await import("@/lib/db/client")).db,
});

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "violet lantern orbit 42";
const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";
const codeOf = async (promise: Promise<unknown>) => promise.then(() => "ok", (e: { code?: string }) => e.code ?? String(e));

async function newUser(label = "acct") {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.test`;
  return app.createUser({ email, name: "Ada Learner", passwordHash: await app.hashPassword(PASSWORD) });
}

beforeAll(async () => {
  mail = await startMailServer();
  process.env.SMTP_URL = mail.url;
  process.env.MAIL_FROM = "Framewise Test <test@framewise.test>";
  process.env.NEXTAUTH_URL = "http://localhost:3999";
  app = await load();
});
afterAll(() => mail?.stop());

describe("password reset by email", () => {
  test("the link arrives over SMTP (text and HTML), works once, within policy, and ends every session", async () => {
    const user = await newUser();
    const session = (await app.newSessionClaims(user.id))!;
    await app.requestPasswordReset(user.email);
    const message = await mail.waitFor(user.email, /Reset your Framewise password/);
    expect(message.links).toHaveLength(1);
    const link = message.links[0]!;
    expect(link).toMatch(/^http:\/\/localhost:3999\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
    expect(message.html).toContain(link);
    expect(message.text).toContain("30 minutes");
    const token = tokenOf(link);

    // Only a hash is stored: the token itself appears in no row.
    const rows = await app.db.authToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);

    // A weak password is refused and does not spend the token.
    expect(await codeOf(app.resetPassword(token, `${user.email.split("@")[0]} violet lantern`))).toBe("validation");
    expect(await codeOf(app.resetPassword(token, "aaaaaaaaaaaa"))).toBe("validation");
    await app.resetPassword(token, NEW_PASSWORD);
    expect(await app.checkSession(session)).toBeNull();
    const stored = await app.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await app.verifyPassword(stored.passwordHash!, NEW_PASSWORD)).toBe(true);
    // Single use.
    expect(await codeOf(app.resetPassword(token, "another violet lantern 7"))).toBe("validation");
    expect(await app.db.authToken.count({ where: { userId: user.id } })).toBe(0);
  });

  test("an unknown address gets no mail and the caller learns nothing", async () => {
    const before = mail.messages.length;
    const unknown = `nobody-${randomUUID()}@example.test`;
    // requestPasswordReset returns once its mail (if any) was accepted by the SMTP server.
    await expect(app.requestPasswordReset(unknown)).resolves.toBeUndefined();
    expect(mail.messages.slice(before).some((m) => m.to.includes(unknown))).toBe(false);
  });

  test("an expired token and a newer request's older token are refused", async () => {
    const user = await newUser();
    await app.requestPasswordReset(user.email);
    const first = tokenOf((await mail.waitFor(user.email)).links[0]!);
    mail.messages.length = 0;
    await app.requestPasswordReset(user.email);
    const second = tokenOf((await mail.waitFor(user.email)).links[0]!);
    expect(await codeOf(app.resetPassword(first, NEW_PASSWORD))).toBe("validation");
    await app.db.authToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await codeOf(app.resetPassword(second, NEW_PASSWORD))).toBe("validation");
  });
});

describe("email change", () => {
  test("confirmed by a link sent to the new address; the link works once", async () => {
    const user = await newUser();
    const target = `moved-${randomUUID().slice(0, 8)}@example.test`;
    await app.requestEmailChange(user.id, target);
    const token = tokenOf((await mail.waitFor(target, /Confirm your new/)).links[0]!);
    expect((await app.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(await app.confirmEmailChange(token)).toBe(target);
    expect((await app.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(target);
    expect(await codeOf(app.confirmEmailChange(token))).toBe("validation");
  });

  test("an address that already has an account gets a note, no link, and nothing changes", async () => {
    const [user, other] = [await newUser(), await newUser("taken")];
    await app.requestEmailChange(user.id, other.email);
    const note = await mail.waitFor(other.email, /Someone tried/);
    expect(note.text).not.toContain("token=");
    expect(await app.db.authToken.count({ where: { userId: user.id } })).toBe(0);
  });

  test("a password change needs the current password and ends every session", async () => {
    const user = await newUser();
    const session = (await app.newSessionClaims(user.id))!;
    expect(await codeOf(app.changePassword(user.id, "not my password at all", NEW_PASSWORD))).toBe("validation");
    expect(await app.checkSession(session)).not.toBeNull();
    await app.changePassword(user.id, PASSWORD, NEW_PASSWORD);
    expect(await app.checkSession(session)).toBeNull();
    await mail.waitFor(user.email, /password was changed/);
  });
});

describe("the learner's own data", () => {
  async function userWithData() {
    const user = await newUser("data");
    const track = app.listTracks().find((t) => t.slug === "flask")!;
    const quiz = app.getQuiz(`flask.${track.lessons[0]!.slug}`)!;
    const question = quiz.questions[0]!;
    const { attempt } = await app.startAttempt(user.id, quiz);
    await app.submitAttempt(user.id, attempt.id, { answers: [{ questionId: question.id, answer: "x" }] }).catch(() => app.submitAttempt(user.id, attempt.id, { answers: [] }));
    await app.startAttempt(user.id, quiz); // an open one too
    await app.markLessonComplete(user.id, `flask.${track.lessons[0]!.slug}`);
    await app.linkOidcAccount(user.id, "oidc", `sub-${randomUUID()}`);
    await app.requestPasswordReset(user.email);
    await app.newSessionClaims(user.id);
    // A sign-up for the same address that was waiting for its link when the account came to be.
    await app.db.pendingRegistration.create({ data: { email: user.email, tokenHash: randomUUID(), passwordHash: "x", name: "x", expiresAt: new Date(Date.now() + 3_600_000) } });
    return user;
  }

  test("the export holds the account, progress, every attempt with answers and grades, and review cards", async () => {
    const user = await userWithData();
    const data = (await app.getExportData(user.id))!;
    expect(data.email).toBe(user.email);
    expect(data.progress).toHaveLength(1);
    expect(data.attempts).toHaveLength(2);
    const submitted = data.attempts.find((a) => a.submittedAt)!;
    expect(submitted.percent).not.toBeNull();
    expect(submitted.answers.length).toBeGreaterThan(0);
    // A submitted attempt schedules a review card for each question the learner answered.
    expect(data.reviewCards.length).toBeGreaterThan(0);
    expect(submitted.answers.map((a) => a.questionId)).toEqual(expect.arrayContaining(data.reviewCards.map((c) => c.questionId)));
    expect(data.reviewCards.every((c) => c.logs.length > 0)).toBe(true);
    expect(JSON.stringify(data)).not.toContain("passwordHash");
  });

  /** Rows in any table of the schema (read from information_schema, so new tables are covered) mentioning these values. */
  async function rowsMentioning(values: string[]): Promise<Record<string, number>> {
    const tables = await app.db.$queryRaw<{ name: string }[]>`
      SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
    expect(tables.length).toBeGreaterThanOrEqual(7);
    const found: Record<string, number> = {};
    for (const { name } of tables) {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      for (const value of values) {
        const [{ n }] = await app.db.$queryRawUnsafe<[{ n: number }]>(`SELECT count(*)::int AS n FROM ${quoted} t WHERE strpos(t::text, $1) > 0`, value);
        if (n > 0) found[name] = (found[name] ?? 0) + n;
      }
    }
    return found;
  }

  test("deleting the account, confirmed by email and password, leaves no row of theirs in any table", async () => {
    const user = await userWithData();
    const bystander = await userWithData();
    const before = await rowsMentioning([user.id, user.email]);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(["User", "QuizAttempt", "LessonProgress", "OidcAccount", "AuthToken", "ReviewCard", "ReviewLog", "PendingRegistration"]));

    expect(await codeOf(app.deleteAccount(user.id, bystander.email, PASSWORD))).toBe("validation");
    expect(await codeOf(app.deleteAccount(user.id, user.email, "wrong password here"))).toBe("validation");
    expect(await codeOf(app.deleteAccount(user.id, user.email, undefined))).toBe("validation");
    expect(await rowsMentioning([user.id, user.email])).toEqual(before);

    await app.deleteAccount(user.id, user.email, PASSWORD);
    expect(await rowsMentioning([user.id, user.email])).toEqual({});
    // Answers are keyed by attempt: none of the deleted attempts' answers remain either.
    const attemptIds = (await app.db.quizAttempt.findMany({ where: { userId: bystander.id }, select: { id: true } })).length;
    expect(attemptIds).toBe(2);
    expect(await app.db.attemptAnswer.count({ where: { attempt: { userId: user.id } } })).toBe(0);
    expect(Object.keys(await rowsMentioning([bystander.id]))).toEqual(expect.arrayContaining(["User", "QuizAttempt"]));
  });
});
