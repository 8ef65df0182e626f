"use client";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { call } from "@/lib/api/client";
import { refs } from "@/lib/api/refs";
import { z } from "zod";
import { anyAnswer, type AnswerValue } from "@/lib/quiz/answers";
import type { AttemptView } from "@/lib/quiz/public";

export type Answers = Record<string, AnswerValue>;
export type SaveState = "idle" | "saving" | "saved" | "retrying" | "error";

const DEBOUNCE_MS = 600;
const MAX_BACKOFF_MS = 30_000;
const storageKey = (attemptId: string) => `framewise:draft:${attemptId}`;

// This browser's copy of a draft; localStorage is anyone's to edit, so it is parsed, not trusted.
const LocalDraft = z.object({ answers: z.record(z.string(), anyAnswer), updatedAt: z.string() });
type LocalDraft = z.infer<typeof LocalDraft>;

function readLocal(attemptId: string): LocalDraft | null {
  try {
    const parsed = LocalDraft.safeParse(JSON.parse(localStorage.getItem(storageKey(attemptId)) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The server's draft, or this browser's copy when that is newer (saved while offline). */
export function initialAnswers(attempt: AttemptView): Answers {
  const server = Object.fromEntries((attempt.draft?.answers ?? []).map((a) => [a.questionId, a.answer]));
  const local = readLocal(attempt.id);
  if (local && (!attempt.draft || local.updatedAt > attempt.draft.savedAt)) return local.answers;
  return server;
}

export const clearLocalDraft = (attemptId: string) => localStorage.removeItem(storageKey(attemptId));

const subscribeOnline = (notify: () => void) => {
  window.addEventListener("online", notify);
  window.addEventListener("offline", notify);
  return () => {
    window.removeEventListener("online", notify);
    window.removeEventListener("offline", notify);
  };
};

/**
 * Keeps answers safe: every change goes to localStorage at once and to the server after a short
 * pause; failed saves retry with backoff, and come back online immediately.
 */
export function useDraftAutosave(attemptId: string | null, answers: Answers, dirty: boolean) {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [state, setState] = useState<SaveState>("idle");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const latest = useRef(answers);
  const [failures, setFailures] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback(async () => {
    if (!attemptId) return;
    clearTimeout(timer.current);
    setState("saving");
    try {
      const saved = await call(refs.saveDraft, {
        params: { attemptId },
        body: { answers: Object.entries(latest.current).map(([questionId, answer]) => ({ questionId, answer })) },
      });
      if (!saved.ok && saved.status >= 400 && saved.status < 500) {
        setState("error"); // the server refused this draft; retrying would not help
        return;
      }
      if (!saved.ok) throw new Error(saved.error.message); // offline or a 5xx: retry
      setSavedAt(saved.data.savedAt);
      setState("saved");
      setFailures(0);
    } catch {
      setState("retrying");
      setFailures((n) => n + 1);
    }
  }, [attemptId]);

  useEffect(() => {
    latest.current = answers;
    if (!attemptId || !dirty) return;
    localStorage.setItem(storageKey(attemptId), JSON.stringify({ answers, updatedAt: new Date().toISOString() } satisfies LocalDraft));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
  }, [answers, attemptId, dirty, save]);

  // After a failed save: retry with exponential backoff, and at once when the browser comes back online.
  useEffect(() => {
    if (failures === 0 || !online) return;
    const retry = setTimeout(() => void save(), Math.min(1000 * 2 ** (failures - 1), MAX_BACKOFF_MS));
    return () => clearTimeout(retry);
  }, [failures, online, save]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { online, state, savedAt, flush: save };
}
