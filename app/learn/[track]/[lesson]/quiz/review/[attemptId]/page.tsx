import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getLesson } from "@/lib/content/load";
import { getAttempt } from "@/lib/attempts/service";
import { AppError } from "@/lib/errors";
import { AttemptIdParam } from "@/lib/http/body";
import { PageHeading } from "@/app/_components/ui";
import { QuizResult } from "../../_components/quiz-result";
import { codeHtmlFor } from "../../code-html";

type Props = { params: Promise<{ track: string; lesson: string; attemptId: string }> };

export const metadata: Metadata = { title: "Quiz review" };

export default async function ReviewPage({ params }: Props) {
  const { track, lesson: slug, attemptId } = await params;
  const lesson = getLesson(track, slug);
  const quizHref = `/learn/${track}/${slug}/quiz`;
  const user = await requireUser(`${quizHref}/review/${attemptId}`);
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
        <Link href={`/learn/${track}/${slug}`} className="hover:underline">
          ← {lesson.title}
        </Link>
      </nav>
      <PageHeading title={`Review: ${found.attempt.title}`} lead={`Submitted ${new Date(found.attempt.submittedAt!).toUTCString()}`} />
      <div className="max-w-3xl">
        <QuizResult questions={found.attempt.questions} result={found.result} passPercent={found.attempt.passPercent} codeHtml={await codeHtmlFor(found.attempt)} />
      </div>
    </>
  );
}
