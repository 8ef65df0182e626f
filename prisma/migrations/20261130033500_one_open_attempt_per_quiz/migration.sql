-- At most one open (not submitted) attempt per learner and quiz, so concurrent starts cannot
-- create several. Prisma's schema cannot express a partial index; it lives here only.

-- Open duplicates left by the old start race: keep the newest (the one a reload resumed), drop the rest.
DELETE FROM "QuizAttempt" a
USING "QuizAttempt" b
WHERE a."submittedAt" IS NULL AND b."submittedAt" IS NULL
  AND a."userId" = b."userId" AND a."quizId" = b."quizId"
  AND (a."startedAt", a."id") < (b."startedAt", b."id");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_userId_quizId_open_key" ON "QuizAttempt"("userId", "quizId") WHERE "submittedAt" IS NULL;
