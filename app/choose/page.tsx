import type { Metadata } from "next";
import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { getRecommendation } from "@/lib/choose/learner";
import { answersToShow, describeIssues, fromSearchParams, queryToObject, Questionnaire, toQuery } from "@/lib/choose/questionnaire";
import { getCatalog } from "@/lib/content/load";
import { Alert, ButtonLink, Card, PageHeading } from "../_components/ui";
import { QuestionnaireForm } from "./_components/questionnaire-form";
import { Ranking } from "./_components/ranking";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Choose a framework",
  description: "Answer a few questions about your team and project; get Django, Flask, FastAPI, Rails and Express ranked, with the reasons.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ChoosePage({ searchParams }: Props) {
  const input = queryToObject(fromSearchParams(await searchParams), { known: true });
  const answered = Object.keys(input).length > 0;
  const parsed = answered ? Questionnaire.safeParse(input) : null;
  const user = await getSessionUser();
  const result = parsed?.success ? await getRecommendation(parsed.data, user?.id ?? null) : null;
  const catalog = getCatalog();
  const top = result?.ranking[0];
  const topTrack = top ? catalog.tracks.find((t) => t.slug === top.framework) : undefined;
  const shareHref = parsed?.success ? routes.choose(toQuery(parsed.data)) : null;

  return (
    <>
      <PageHeading
        title="Choose a framework"
        lead="Tell us about your team and your project. We rank Django, Flask, FastAPI, Rails and Express for it and show why, with a lesson or comparison behind every reason."
      />

      {parsed && !parsed.success ? (
        <div className="mb-8">
          <Alert tone="error">
            <p className="font-medium">Some answers need another look:</p>
            <ul className="mt-1 list-disc pl-5">
              {describeIssues(parsed.error, input).map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ul>
          </Alert>
        </div>
      ) : null}

      {result && top && shareHref ? (
        <section aria-labelledby="result-heading" className="mb-12">
          <h2 id="result-heading" className="mb-2 text-2xl font-semibold tracking-tight">
            Your ranking
          </h2>
          <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">
            Points add up from your answers; the score is the share of the most any framework could get.{" "}
            <Link href={shareHref} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
              Link to this result
            </Link>
          </p>

          <Card className="mb-6">
            <h3 className="font-semibold">Next step with {top.name}</h3>
            {user && top.mastery ? (
              top.mastery.next ? (
                <div className="mt-2 flex flex-wrap items-center gap-3">
                  <p className="text-slate-700 dark:text-slate-200">Your next {top.name} lesson is “{top.mastery.next.title}”.</p>
                  <ButtonLink href={top.mastery.next.href}>Continue with {top.name}</ButtonLink>
                </div>
              ) : (
                <p className="mt-2 text-slate-700 dark:text-slate-200">You have finished every {top.name} lesson; its quizzes raise your mastery further.</p>
              )
            ) : topTrack?.lessons[0] ? (
              <div className="mt-2 flex flex-wrap items-center gap-3">
                <ButtonLink href={routes.lesson(topTrack.slug, topTrack.lessons[0].slug)}>Start the {top.name} track</ButtonLink>
                <Link href={routes.signIn(shareHref)} className="text-sm text-sky-800 underline underline-offset-2 dark:text-sky-300">
                  Sign in to weigh in what you already know
                </Link>
              </div>
            ) : null}
          </Card>

          <Ranking ranking={result.ranking} catalog={catalog} signedIn={user !== null} />
        </section>
      ) : null}

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="mb-4 text-2xl font-semibold tracking-tight">
          {result ? "Your answers" : "The questions"}
        </h2>
        <QuestionnaireForm selected={answersToShow(input)} />
      </section>
    </>
  );
}
