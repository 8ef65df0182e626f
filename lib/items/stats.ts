/**
 * Item statistics with Moodle's definitions (question/classes/statistics/questions/calculator.php
 * and mod/quiz/report/statistics/classes/calculator.php). Pure.
 *
 * Per question, over the s attempts that saw it: x is the question's mark, y the rest of the
 * attempt's total (total − x); variances and covariances divide by s − 1.
 * Inputs are counted cells, not one row per attempt: marks take few distinct values, so the SQL
 * that feeds this returns a few hundred rows even for 100k attempts.
 */

/** `n` attempts in which the question scored `x` and the whole attempt scored `total`. */
export type MarkCell = { x: number; total: number; n: number };
/** `n` attempts whose total was `total`. */
export type TotalCell = { total: number; n: number };

export type QuestionStats = {
  /** Attempts that saw the question. */
  s: number;
  maxMark: number;
  markAverage: number;
  /** mean(x) / max, 0–1 (Moodle shows it as a percentage). */
  facility: number | null;
  /** sqrt(Σ(x − x̄)² / (s − 1)); null when s < 2. */
  sd: number | null;
  markVariance: number | null;
  otherMarkVariance: number | null;
  covariance: number | null;
  /** The covariance had the sorted marks been paired with the sorted rest-of-attempt marks. */
  covarianceMax: number | null;
  /** 100 · cov(x, y) / sqrt(var x · var y). */
  discriminationIndex: number | null;
  /** 100 · cov(x, y) / covmax. */
  discriminativeEfficiency: number | null;
};

export type QuizStats = {
  s: number;
  mean: number | null;
  median: number | null;
  sd: number | null;
  /** Coefficient of internal consistency (Cronbach's alpha), as a percentage; Moodle computes it for s > 2. */
  cic: number | null;
  errorRatio: number | null;
  standardError: number | null;
};

const sumBy = <T>(items: T[], f: (item: T) => number) => items.reduce((sum, item) => sum + f(item), 0);

export function questionStats(cells: MarkCell[], maxMark: number): QuestionStats {
  const live = cells.filter((c) => c.n > 0);
  const s = sumBy(live, (c) => c.n);
  const markAverage = s ? sumBy(live, (c) => c.n * c.x) / s : 0;
  const otherAverage = s ? sumBy(live, (c) => c.n * (c.total - c.x)) / s : 0;
  const facility = maxMark !== 0 ? markAverage / maxMark : null;
  const empty = { markVariance: null, otherMarkVariance: null, covariance: null, covarianceMax: null, sd: null, discriminationIndex: null, discriminativeEfficiency: null };
  if (s < 2) return { s, maxMark, markAverage, facility, ...empty };

  const dx = (x: number) => x - markAverage;
  const dy = (y: number) => y - otherAverage;
  const markVariance = sumBy(live, (c) => c.n * dx(c.x) ** 2) / (s - 1);
  const otherMarkVariance = sumBy(live, (c) => c.n * dy(c.total - c.x) ** 2) / (s - 1);
  const covariance = sumBy(live, (c) => c.n * dx(c.x) * dy(c.total - c.x)) / (s - 1);
  const covarianceMax = sortedPairSum(live, dx, dy) / (s - 1);
  const product = markVariance * otherMarkVariance;
  return {
    s,
    maxMark,
    markAverage,
    facility,
    sd: Math.sqrt(markVariance),
    markVariance,
    otherMarkVariance,
    covariance,
    covarianceMax,
    discriminationIndex: product !== 0 ? (100 * covariance) / Math.sqrt(product) : null,
    discriminativeEfficiency: covarianceMax !== 0 ? (100 * covariance) / covarianceMax : null,
  };
}

/** Σ dx(x₍ᵢ₎)·dy(y₍ᵢ₎) with both lists sorted ascending, walking runs of equal values by count. */
function sortedPairSum(cells: MarkCell[], dx: (x: number) => number, dy: (y: number) => number): number {
  const xs = runs(cells.map((c) => ({ v: c.x, n: c.n })));
  const ys = runs(cells.map((c) => ({ v: c.total - c.x, n: c.n })));
  let sum = 0;
  let i = 0;
  let j = 0;
  let leftX = xs[0]?.n ?? 0;
  let leftY = ys[0]?.n ?? 0;
  while (i < xs.length && j < ys.length) {
    const k = Math.min(leftX, leftY);
    sum += k * dx(xs[i]!.v) * dy(ys[j]!.v);
    leftX -= k;
    leftY -= k;
    if (leftX === 0 && ++i < xs.length) leftX = xs[i]!.n;
    if (leftY === 0 && ++j < ys.length) leftY = ys[j]!.n;
  }
  return sum;
}

function runs(values: { v: number; n: number }[]): { v: number; n: number }[] {
  const byValue = new Map<number, number>();
  for (const { v, n } of values) byValue.set(v, (byValue.get(v) ?? 0) + n);
  return [...byValue].map(([v, n]) => ({ v, n })).sort((a, b) => a.v - b.v);
}

/**
 * Whole-quiz statistics. `p` is the number of questions each attempt answers and
 * `sumOfMarkVariance` the sum of their mark variances; CIC needs p > 1.
 */
export function quizStats(totals: TotalCell[], p: number, sumOfMarkVariance: number | null): QuizStats {
  const live = totals.filter((c) => c.n > 0).sort((a, b) => a.total - b.total);
  const s = sumBy(live, (c) => c.n);
  if (s === 0) return { s, mean: null, median: null, sd: null, cic: null, errorRatio: null, standardError: null };
  const mean = sumBy(live, (c) => c.n * c.total) / s;
  const median = s % 2 === 0 ? (nth(live, s / 2 - 1) + nth(live, s / 2)) / 2 : nth(live, Math.floor(s / 2));
  if (s < 2) return { s, mean, median, sd: null, cic: null, errorRatio: null, standardError: null };
  const variance = sumBy(live, (c) => c.n * (c.total - mean) ** 2) / (s - 1);
  const sd = Math.sqrt(variance);
  if (s < 3 || variance === 0 || p < 2 || sumOfMarkVariance === null) return { s, mean, median, sd, cic: null, errorRatio: null, standardError: null };
  const cic = ((100 * p) / (p - 1)) * (1 - sumOfMarkVariance / variance);
  const errorRatio = cic <= 100 ? 100 * Math.sqrt(1 - cic / 100) : null;
  return { s, mean, median, sd, cic, errorRatio, standardError: errorRatio === null ? null : (errorRatio * sd) / 100 };
}

/** The value at 0-based rank `k` of counted, sorted cells. */
function nth(sorted: TotalCell[], k: number): number {
  let seen = 0;
  for (const cell of sorted) {
    seen += cell.n;
    if (k < seen) return cell.total;
  }
  return sorted.at(-1)?.total ?? 0;
}
