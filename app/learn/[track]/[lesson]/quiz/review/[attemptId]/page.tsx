import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getLesson } from "@/lib/content/load";
import { getAttempt } from "@/lib/attempts/service";
import { formatUtc } from "@/lib/datetime";
import { AppError } from "@/lib/errors";
import { AttemptIdParam } from "@/lib/http/body";
import { PageHeading } from "@/app/_components/ui";
import { QuizResult } from "../../_components/quiz-result";
import { codeHtmlFor } from "../../code-html";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ track: string; lesson: string; attemptId: string }> };

export const metadata: Metadata = { title: "Quiz review" };

export default async function ReviewPage({ params }: Props) {
  const { track, lesson: slug, attemptId } = await params;
  const lesson = getLesson(track, slug);
  const quizHref = routes.quiz(track, slug);
  const user = await requireUser(routes.quizReview(track, slug, attemptId));
  if (!lesson || !AttemptIdParam.safeParse(attemptId).success) notFound();

  const found = await getAttempt(user.id, attemptId).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not_found") return null;
    throw e;
  });
  if (!found || found.attempt.quizId !== lesson.quiz.id) notFound();
  if (!found.result) redirect(quizHref);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        <Link href={routes.lesson(track, slug)} className="hover:underline">
          ← {lesson.title}
        </Link>
      </nav>
      <PageHeading title={`Review: ${found.attempt.title}`} lead={found.attempt.submittedAt ? `Submitted ${formatUtc(found.attempt.submittedAt)}` : undefined} />
      <div className="max-w-3xl">
        <QuizResult questions={found.attempt.questions} result={found.result} passPercent={found.attempt.passPercent} codeHtml={await codeHtmlFor(found.attempt)} />
      </div>
    </>
  );
}
