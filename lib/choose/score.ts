/**
 * The chooser's scoring: a pure, deterministic function of the questionnaire (and, for a signed-in
 * learner, their mastery). Each framework's points are the sum of the rules its answers apply
 * (`weights.ts`); the ranking sorts by points, ties in the fixed order of FRAMEWORKS.
 */
import { FRAMEWORK_LANGUAGE, FRAMEWORK_NAMES, FRAMEWORKS, type Framework, type Questionnaire } from "./questionnaire";
import { LANGUAGE_MATCH, LANGUAGE_REASONS, MASTERY_MAX, RULES, type Cite, type Rule } from "./weights";

export type Reason = { points: number; text: string; cite: Cite };

/**
 * What a learner knows of one framework: proficient (or mastered) concepts out of those its quizzes
 * cover, the next unfinished lesson of its track, and the lesson a mastery reason cites (the next
 * one, or the first when the track is done).
 */
export type FrameworkMastery = { proficient: number; total: number; next: { title: string; href: Cite } | null; cite: Cite };
export type LearnerMastery = Record<Framework, FrameworkMastery>;

export type RankedFramework = {
  framework: Framework;
  name: string;
  rank: number;
  /** 0–100: points as a share of the most any framework could get for these answers. */
  score: number;
  points: number;
  reasons: Reason[];
  mastery: FrameworkMastery | null;
};
export type Recommendation = { ranking: RankedFramework[]; maxPoints: number };

/** The rules these answers apply, in question order. */
function appliedRules(q: Questionnaire): Rule[] {
  const rules: (Rule | undefined)[] = [
    RULES.build[q.build],
    RULES.admin[q.admin],
    RULES.work[q.work],
    RULES.style[q.style],
    RULES.team[q.team],
    RULES.experience[q.experience],
    RULES.hosting[q.hosting],
  ];
  return rules.filter((r): r is Rule => r !== undefined);
}

/** Whole points for a learner's share of proficient concepts. */
export const masteryPoints = (m: FrameworkMastery): number => (m.total > 0 ? Math.round((MASTERY_MAX * Math.min(m.proficient, m.total)) / m.total) : 0);

export function recommend(q: Questionnaire, mastery?: LearnerMastery): Recommendation {
  const rules = appliedRules(q);
  const maxPoints =
    (q.lang.length > 0 ? LANGUAGE_MATCH : 0) +
    rules.reduce((sum, rule) => sum + Math.max(0, ...Object.values(rule).map((entry) => entry.points)), 0) +
    (mastery ? MASTERY_MAX : 0);

  const scored = FRAMEWORKS.map((framework, order) => {
    const reasons: Reason[] = [];
    if (q.lang.includes(FRAMEWORK_LANGUAGE[framework])) {
      const { why, cite } = LANGUAGE_REASONS[framework];
      reasons.push({ points: LANGUAGE_MATCH, text: why, cite });
    }
    for (const rule of rules) {
      const entry = rule[framework];
      if (entry) reasons.push({ points: entry.points, text: entry.why, cite: entry.cite });
    }
    const known = mastery?.[framework] ?? null;
    if (known && masteryPoints(known) > 0)
      reasons.push({
        points: masteryPoints(known),
        text: `You are proficient in ${known.proficient} of ${FRAMEWORK_NAMES[framework]}'s ${known.total} core concepts.`,
        cite: known.cite,
      });
    const points = reasons.reduce((sum, r) => sum + r.points, 0);
    // Biggest effect first; a stable sort keeps question order among equals.
    reasons.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
    return { framework, order, points, reasons, mastery: known };
  });

  scored.sort((a, b) => b.points - a.points || a.order - b.order);
  const ranking = scored.map(({ framework, points, reasons, mastery: m }, i) => ({
    framework,
    name: FRAMEWORK_NAMES[framework],
    rank: i + 1,
    score: maxPoints > 0 ? Math.max(0, Math.min(100, Math.round((100 * points) / maxPoints))) : 0,
    points,
    reasons,
    mastery: m,
  }));
  return { ranking, maxPoints };
}
