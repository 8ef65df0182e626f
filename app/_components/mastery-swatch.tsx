import { MASTERY_LEVELS, type MasteryLevel } from "@/lib/progress/mastery";

/** Shape and colour both carry the level, so it reads without colour too (colours: `.swatch-*` in globals.css). */
const GLYPHS: Record<MasteryLevel, string> = { not_started: "", attempted: "◔", familiar: "◑", proficient: "●", mastered: "★" };

export const masteryLabel = (level: MasteryLevel) => MASTERY_LEVELS.find((l) => l.level === level)?.label ?? level;

export function MasterySwatch({ level }: { level: MasteryLevel }) {
  return (
    <span className={`swatch swatch-${level}`} aria-hidden="true">
      {GLYPHS[level]}
    </span>
  );
}
