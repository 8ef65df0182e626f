import { formatClock } from "@/lib/datetime";
import type { SaveState } from "./use-draft";

/** A quiet line that tells the learner whether their answers are safe. */
export function SaveStatus({ online, state, savedAt }: { online: boolean; state: SaveState; savedAt: string | null }) {
  let text = "";
  let tone = "text-slate-600 dark:text-slate-300";
  if (!online) {
    text = "You are offline. Answers are kept on this device and will be saved when you reconnect.";
    tone = "text-amber-800 dark:text-amber-300";
  } else if (state === "saving") text = "Saving…";
  else if (state === "retrying") {
    text = "Could not save. Retrying…";
    tone = "text-amber-800 dark:text-amber-300";
  } else if (state === "error") {
    text = "Could not save your answers. Reload the page to continue.";
    tone = "text-rose-700 dark:text-rose-300";
  } else if (state === "saved" && savedAt) text = `All answers saved at ${formatClock(savedAt)}`;
  return (
    <p role="status" className={tone} data-testid="save-status">
      {text}
    </p>
  );
}
