import Link from "next/link";
import type { WhichAttempts } from "@/lib/items/report";
import { itemsHref, whichLabel } from "@/lib/items/view";

/** Says which attempts the numbers come from and links to the other choice. */
export function WhichToggle({ which, quizId, questionId }: { which: WhichAttempts; quizId: string; questionId?: string }) {
  const other: WhichAttempts = which === "first" ? "all" : "first";
  return (
    <p className="mb-6 text-sm text-slate-700 dark:text-slate-300" data-testid="which-attempts">
      Computed over <strong>{whichLabel(which)}</strong>.{" "}
      <Link href={itemsHref(other, quizId, questionId)} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
        Use {whichLabel(other)} instead
      </Link>
      .
    </p>
  );
}
