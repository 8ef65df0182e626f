import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getLesson, getNeighbours } from "@/lib/content/load";
import { PageHeading } from "@/app/_components/ui";
import { listAttempts } from "@/lib/db/queries/attempts";
import { AttemptHistory } from "./_components/attempt-history";
import { QuizForm } from "./_components/quiz-form";
import { codeHtmlFor } from "./code-html";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ track: string; lesson: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { track, lesson } = await params;
  return { title: `Quiz: ${getLesson(track, lesson)?.title ?? "not found"}` };
}

export default async function QuizPage({ params }: Props) {
  const { track, lesson: slug } = await params;
  const lesson = getLesson(track, slug);
  if (!lesson) notFound();
  const user = await requireUser(routes.quiz(track, slug));
  const { next } = getNeighbours(lesson);
  const count = lesson.quiz.draw ?? lesson.quiz.questions.length;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        <Link href={routes.lesson(track, slug)} className="hover:underline">
          ← Back to the lesson
        </Link>
      </nav>
      <PageHeading
        title={lesson.quiz.title}
        lead={`${count} questions. You pass with ${lesson.quiz.passPercent}% or more; your answers are graded when you submit.`}
      />
      <div className="max-w-3xl">
        <QuizForm quizId={lesson.quiz.id} codeHtml={await codeHtmlFor(lesson.quiz)} retryHref={routes.quiz(track, slug)} nextHref={next ? routes.lesson(track, next.slug) : null} />
      </div>
      <AttemptHistory attempts={await listAttempts(user.id, lesson.quiz.id)} reviewHref={(attemptId) => routes.quizReview(track, slug, attemptId)} />
    </>
  );
}
