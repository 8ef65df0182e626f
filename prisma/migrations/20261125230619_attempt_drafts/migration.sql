-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftSavedAt" TIMESTAMP(3);
