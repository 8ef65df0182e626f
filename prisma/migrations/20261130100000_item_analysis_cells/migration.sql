-- Item analysis (lib/db/queries/items.ts) keeps counted cells of the submitted attempts per quiz and
-- brings them up to date when a report is read, instead of grouping every answer each time.

-- CreateTable
CREATE TABLE "ItemCache" (
    "quizId" TEXT NOT NULL,
    "upTo" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL,
    "checksum" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemCache_pkey" PRIMARY KEY ("quizId")
);

-- CreateTable
CREATE TABLE "ItemCell" (
    "id" BIGSERIAL NOT NULL,
    "quizId" TEXT NOT NULL,
    "first" BOOLEAN NOT NULL,
    "questionId" TEXT NOT NULL,
    "x" DOUBLE PRECISION NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "answer" JSONB NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "ItemCell_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemTotal" (
    "id" BIGSERIAL NOT NULL,
    "quizId" TEXT NOT NULL,
    "first" BOOLEAN NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "ItemTotal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ItemCell_quizId_idx" ON "ItemCell"("quizId");

-- CreateIndex
CREATE INDEX "ItemTotal_quizId_idx" ON "ItemTotal"("quizId");

-- The submitted attempts of a quiz by total and id in byte order (the order that splits tied totals
-- into thirds), with submittedAt for the cache's check: read index-only. Prisma's schema cannot
-- express a partial index or a column collation, so it lives here only.
CREATE INDEX "QuizAttempt_items_idx" ON "QuizAttempt"("quizId", "score", "id" COLLATE "C") INCLUDE ("submittedAt") WHERE "submittedAt" IS NOT NULL;
