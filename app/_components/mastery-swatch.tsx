import { MASTERY_LEVELS, type MasteryLevel } from "@/lib/progress/mastery";

/** Shape and colour both carry the level, so it reads without colour too. */
const LEVEL_LOOK: Record<MasteryLevel, { glyph: string; style: string }> = {
  not_started: { glyph: "", style: "border border-slate-300 dark:border-slate-600" },
  attempted: { glyph: "◔", style: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100" },
  familiar: { glyph: "◑", style: "bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100" },
  proficient: { glyph: "●", style: "bg-emerald-200 text-emerald-900 dark:bg-emerald-800 dark:text-emerald-50" },
  mastered: { glyph: "★", style: "bg-emerald-700 text-white dark:bg-emerald-300 dark:text-emerald-950" },
};

export const masteryLabel = (level: MasteryLevel) => MASTERY_LEVELS.find((l) => l.level === level)?.label ?? level;

export function MasterySwatch({ level }: { level: MasteryLevel }) {
  const look = LEVEL_LOOK[level];
  return (
    <span className={`inline-flex size-7 shrink-0 items-center justify-center rounded align-middle text-sm ${look.style}`} aria-hidden="true">
      {look.glyph}
    </span>
  );
}
