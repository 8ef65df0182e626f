-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeZone" TEXT;

-- CreateIndex
CREATE INDEX "QuizAttempt_userId_quizId_submittedAt_percent_idx" ON "QuizAttempt"("userId", "quizId", "submittedAt" DESC, "percent");
