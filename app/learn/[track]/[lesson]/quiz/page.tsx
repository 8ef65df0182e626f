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

type Props = { params: Promise<{ track: string; lesson: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { track, lesson } = await params;
  return { title: `Quiz: ${getLesson(track, lesson)?.title ?? "not found"}` };
}

export default async function QuizPage({ params }: Props) {
  const { track, lesson: slug } = await params;
  const lesson = getLesson(track, slug);
  if (!lesson) notFound();
  const href = `/learn/${track}/${slug}`;
  const user = await requireUser(`${href}/quiz`);
  const { next } = getNeighbours(lesson);
  const count = lesson.quiz.draw ?? lesson.quiz.questions.length;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        <Link href={href} className="hover:underline">
          ← Back to the lesson
        </Link>
      </nav>
      <PageHeading
        title={lesson.quiz.title}
        lead={`${count} questions. You pass with ${lesson.quiz.passPercent}% or more; your answers are graded when you submit.`}
      />
      <div className="max-w-3xl">
        <QuizForm quizId={lesson.quiz.id} codeHtml={await codeHtmlFor(lesson.quiz)} retryHref={`${href}/quiz`} nextHref={next ? `/learn/${track}/${next.slug}` : null} />
      </div>
      <AttemptHistory attempts={await listAttempts(user.id, lesson.quiz.id)} reviewBase={`${href}/quiz/review`} />
    </>
  );
}
