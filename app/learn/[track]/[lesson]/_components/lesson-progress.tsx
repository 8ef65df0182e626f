"use client";
import { useSession } from "@/app/_components/session-store";
import { useEffect, useState } from "react";
import { request as send } from "@/lib/api/client";
import type { TrackLessonsProgress } from "@/lib/progress/stats";
import { Badge, buttonStyles, ProgressBar } from "@/app/_components/ui";
import { routes } from "@/lib/routes";

type Props = { trackSlug: string; trackTitle: string; lessonId: string; lessonPath: string };
class SignedOut extends Error {}

async function request<T>(url: string, method: "GET" | "PUT" | "DELETE" = "GET"): Promise<T> {
  const result = await send(method, url);
  if (!result.ok) throw result.status === 401 ? new SignedOut() : new Error(result.error.message);
  return result.data as T; // the shapes are the contract's (lib/api/contract/progress.ts)
}

const getTrackProgress = (track: string) => request<TrackLessonsProgress>(`/api/me/tracks/${encodeURIComponent(track)}/progress`);

/**
 * The per-user part of a static lesson page: the track's progress bar and "Mark complete".
 * Fetched after load, so the page itself never reads the session on the server.
 */
export function LessonProgress({ trackSlug, trackTitle, lessonId, lessonPath }: Props) {
  const { status } = useSession();
  const [progress, setProgress] = useState<TrackLessonsProgress | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState("");

  useEffect(() => {
    if (status !== "authenticated") return;
    let live = true;
    getTrackProgress(trackSlug).then(
      (data) => live && setProgress(data),
      (error: Error) => live && (error instanceof SignedOut ? setSignedOut(true) : setLoadError(error.message)),
    );
    return () => {
      live = false;
    };
  }, [status, trackSlug]);

  const frame = (children: React.ReactNode) => (
    <section aria-labelledby="progress-heading" className="mt-10 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900">
      <h2 id="progress-heading" className="text-lg font-semibold">
        Your progress in {trackTitle}
      </h2>
      {children}
    </section>
  );

  if (status === "unauthenticated" || signedOut)
    return frame(
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        <a data-intent href={routes.signIn(lessonPath)} className="font-medium text-sky-700 underline dark:text-sky-300">
          Sign in to track progress
        </a>{" "}
        — mark lessons complete and see how far along the track you are.
      </p>,
    );
  if (loadError) return frame(<p className="mt-2 text-sm text-rose-700 dark:text-rose-300">Could not load your progress: {loadError}</p>);
  if (!progress) return frame(<p className="mt-2 min-h-[4.5rem] text-sm text-slate-500 dark:text-slate-400">Loading your progress…</p>);

  const lesson = progress.lessons.find((l) => l.lessonId === lessonId);
  const completed = Boolean(lesson?.completedAt);

  async function toggle() {
    if (pending) return;
    setPending(true);
    setMessage("");
    try {
      await request(`/api/me/lessons/${encodeURIComponent(lessonId)}/complete`, completed ? "DELETE" : "PUT");
      setProgress(await getTrackProgress(trackSlug));
      setMessage(completed ? "Lesson marked as not complete." : "Lesson marked complete.");
    } catch (error) {
      if (error instanceof SignedOut) setSignedOut(true);
      else setMessage(`Could not save: ${(error as Error).message}`);
    } finally {
      setPending(false);
    }
  }

  return frame(
    <>
      <div className="mt-3">
        <ProgressBar value={progress.percent} label={`${trackTitle} progress`} />
      </div>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        {progress.lessonsCompleted} of {progress.lessonsTotal} lessons done · {progress.percent}%
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {/* aria-disabled rather than disabled, so keyboard focus stays on the button while saving. */}
        <button type="button" className={completed ? buttonStyles.secondary : buttonStyles.primary} aria-disabled={pending} onClick={() => void toggle()}>
          {completed ? "Mark as not complete" : "Mark complete"}
        </button>
        {completed ? <Badge tone="good">Completed ✓</Badge> : null}
        {lesson?.quizPassed ? <Badge tone="info">Quiz passed</Badge> : null}
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700 dark:text-slate-300">
        {pending ? "Saving…" : message}
      </p>
    </>,
  );
}
