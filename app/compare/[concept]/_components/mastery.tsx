"use client";
import Link from "next/link";
import { useSession } from "@/app/_components/session-store";
import { useEffect, useState } from "react";
import { masteryLabel, MasterySwatch } from "@/app/_components/mastery-swatch";
import { call } from "@/lib/api/client";
import { refs } from "@/lib/api/refs";
import type { ConceptMastery } from "@/lib/progress/mastery";
import { routes } from "@/lib/routes";

export type MasteryState = { status: "signed-out" | "loading" | "error" } | { status: "ready"; data: ConceptMastery };

/** The signed-in learner's mastery of one concept per framework, fetched after load (the page is prerendered). */
export function useConceptMastery(concept: string): MasteryState {
  const { status } = useSession();
  const [state, setState] = useState<MasteryState>({ status: "loading" });
  useEffect(() => {
    if (status !== "authenticated") return;
    let live = true;
    void call(refs.getMastery, { params: { concept } }).then((result) => {
      if (!live) return;
      if (result.ok) setState({ status: "ready", data: result.data });
      else setState({ status: result.status === 401 ? "signed-out" : "error" });
    });
    return () => {
      live = false;
    };
  }, [status, concept]);
  return status === "unauthenticated" ? { status: "signed-out" } : state;
}

/** One line above the columns: sign in, or how the quiz moves the cells. */
export function MasteryNotice({ state, concept, conceptTitle }: { state: MasteryState; concept: string; conceptTitle: string }) {
  if (state.status === "signed-out")
    return (
      <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
        <Link href={routes.signIn(routes.compare(concept))} className="font-medium text-sky-700 underline dark:text-sky-300">
          Sign in
        </Link>{" "}
        to see your mastery of {conceptTitle.toLowerCase()} in each framework.
      </p>
    );
  if (state.status === "error") return <p className="mb-4 text-sm text-rose-700 dark:text-rose-300">Could not load your mastery.</p>;
  return null;
}

/** A column's mastery: the level, and the quiz that raises it unless it is mastered already. */
export function MasteryBadge({ state, framework }: { state: MasteryState; framework: string }) {
  if (state.status === "loading") return <span className="h-7 w-28" aria-hidden="true" />;
  if (state.status !== "ready") return null;
  const cell = state.data.frameworks.find((f) => f.framework === framework);
  const quiz = state.data.quiz;
  if (!cell || cell.level === null) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm" data-testid={`compare-mastery-${framework}`} data-level={cell.level}>
      <MasterySwatch level={cell.level} />
      <span>
        <span className="sr-only">Your mastery: </span>
        {masteryLabel(cell.level)}
        {cell.percent !== null ? ` · ${cell.percent}%` : ""}
      </span>
      {quiz && cell.level !== "mastered" ? (
        <Link href={quiz.href} className="font-medium text-sky-700 underline dark:text-sky-300">
          {cell.level === "not_started" ? "Take the quiz" : "Raise it"}
          <span className="sr-only"> ({state.data.concept.title} quiz)</span>
        </Link>
      ) : null}
    </span>
  );
}
