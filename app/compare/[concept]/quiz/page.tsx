import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getComparePage } from "@/lib/content/load";
import { listAttempts } from "@/lib/db/queries/attempts";
import { PageHeading } from "@/app/_components/ui";
import { AttemptHistory } from "@/app/learn/[track]/[lesson]/quiz/_components/attempt-history";
import { QuizForm } from "@/app/learn/[track]/[lesson]/quiz/_components/quiz-form";
import { codeHtmlFor } from "@/app/learn/[track]/[lesson]/quiz/code-html";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ concept: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Quiz: ${getComparePage((await params).concept)?.quiz.title ?? "not found"}` };
}

/** A compare page's quiz: the lesson quiz form, on a quiz whose questions translate between frameworks. */
export default async function CompareQuizPage({ params }: Props) {
  const page = getComparePage((await params).concept);
  if (!page) notFound();
  const href = routes.compareQuiz(page.concept);
  const user = await requireUser(href);
  const count = page.quiz.draw ?? page.quiz.questions.length;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        <Link href={routes.compare(page.concept)} className="hover:underline">
          ← Back to {page.title}
        </Link>
      </nav>
      <PageHeading
        title={page.quiz.title}
        lead={`${count} questions, drawn afresh for each attempt. You pass with ${page.quiz.passPercent}% or more; each answer counts toward your mastery in the frameworks it involves.`}
      />
      <div className="max-w-3xl">
        <QuizForm quizId={page.quiz.id} codeHtml={await codeHtmlFor(page.quiz)} retryHref={href} nextHref={null} />
      </div>
      <AttemptHistory attempts={await listAttempts(user.id, page.quiz.id)} reviewHref={(attemptId) => routes.compareQuizReview(page.concept, attemptId)} />
    </>
  );
}
