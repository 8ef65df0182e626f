import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getComparePage } from "@/lib/content/load";
import { getAttempt } from "@/lib/attempts/service";
import { formatUtc } from "@/lib/datetime";
import { AppError } from "@/lib/errors";
import { AttemptIdParam } from "@/lib/http/body";
import { PageHeading } from "@/app/_components/ui";
import { QuizResult } from "@/app/learn/[track]/[lesson]/quiz/_components/quiz-result";
import { codeHtmlFor } from "@/app/learn/[track]/[lesson]/quiz/code-html";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ concept: string; attemptId: string }> };

export const metadata: Metadata = { title: "Quiz review" };

export default async function CompareReviewPage({ params }: Props) {
  const { concept, attemptId } = await params;
  const page = getComparePage(concept);
  const quizHref = routes.compareQuiz(concept);
  const user = await requireUser(`${quizHref}/review/${attemptId}`);
  if (!page || !AttemptIdParam.safeParse(attemptId).success) notFound();

  const found = await getAttempt(user.id, attemptId).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not_found") return null;
    throw e;
  });
  if (!found || found.attempt.quizId !== page.quiz.id) notFound();
  if (!found.result || !found.attempt.submittedAt) redirect(quizHref);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        <Link href={routes.compare(concept)} className="hover:underline">
          ← {page.title}
        </Link>
      </nav>
      <PageHeading title={`Review: ${found.attempt.title}`} lead={`Submitted ${formatUtc(found.attempt.submittedAt)}`} />
      <div className="max-w-3xl">
        <QuizResult questions={found.attempt.questions} result={found.result} passPercent={found.attempt.passPercent} codeHtml={await codeHtmlFor(found.attempt)} />
      </div>
    </>
  );
}
