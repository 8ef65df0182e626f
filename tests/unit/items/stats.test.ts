import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { questionStats, quizStats, type MarkCell } from "@/lib/items/stats";

const one = (rows: [x: number, total: number][]): MarkCell[] => rows.map(([x, total]) => ({ x, total, n: 1 }));

describe("question statistics on a hand-computed set", () => {
  // Four attempts; the question's marks x = 1, 1, 0, 0 and the rest of each attempt y = 2, 1, 1, 0.
  // x̄ = 0.5, ȳ = 1; Σ(x−x̄)² = 1, Σ(y−ȳ)² = 2, Σ(x−x̄)(y−ȳ) = 1; divided by s − 1 = 3:
  // var x = 1/3, var y = 2/3, cov = 1/3, so DI = 100·(1/3)/sqrt(2/9) = 100/√2.
  // Sorted x (0,0,1,1) against sorted y (0,1,1,2) also sums to 1, so covmax = 1/3 and DE = 100.
  const stats = questionStats(one([[1, 3], [1, 2], [0, 1], [0, 0]]), 1);

  test("facility, SD, variances and covariances", () => {
    expect(stats.s).toBe(4);
    expect(stats.facility).toBeCloseTo(0.5, 12);
    expect(stats.markVariance).toBeCloseTo(1 / 3, 12);
    expect(stats.otherMarkVariance).toBeCloseTo(2 / 3, 12);
    expect(stats.covariance).toBeCloseTo(1 / 3, 12);
    expect(stats.covarianceMax).toBeCloseTo(1 / 3, 12);
    expect(stats.sd).toBeCloseTo(Math.sqrt(1 / 3), 12);
  });

  test("discrimination index and discriminative efficiency", () => {
    expect(stats.discriminationIndex).toBeCloseTo(100 / Math.SQRT2, 10);
    expect(stats.discriminativeEfficiency).toBeCloseTo(100, 10);
  });

  test("counted cells give the same numbers as one row per attempt", () => {
    const counted = questionStats([{ x: 1, total: 3, n: 1 }, { x: 1, total: 2, n: 1 }, { x: 0, total: 1, n: 1 }, { x: 0, total: 0, n: 1 }], 1);
    const doubled = questionStats(one([[1, 3], [1, 3], [1, 2], [0, 1], [0, 0]]), 1);
    const doubledCounted = questionStats([{ x: 1, total: 3, n: 2 }, { x: 1, total: 2, n: 1 }, { x: 0, total: 1, n: 1 }, { x: 0, total: 0, n: 1 }], 1);
    expect(counted).toEqual(stats);
    for (const key of ["markVariance", "covariance", "covarianceMax", "discriminationIndex"] as const) expect(doubledCounted[key]).toBeCloseTo(doubled[key]!, 12);
  });

  test("a question everyone gets wrong in the top and right in the bottom discriminates negatively", () => {
    // x = 0, 0, 1, 1 while the rest is 2, 2, 0, 0: cov = Σ(−.5·1)·2 + (.5·−1)·2 = −2 → −2/3; var x = 1/3, var y = 4/3.
    const s = questionStats(one([[0, 2], [0, 2], [1, 1], [1, 1]]), 1);
    expect(s.covariance).toBeCloseTo(-2 / 3, 12);
    expect(s.discriminationIndex).toBeCloseTo(-100, 10);
    expect(s.discriminativeEfficiency).toBeCloseTo(-100, 10);
  });

  test("statistics need s > 1, and a question all got right has no discrimination index", () => {
    expect(questionStats(one([[1, 1]]), 1)).toMatchObject({ s: 1, facility: 1, sd: null, discriminationIndex: null, discriminativeEfficiency: null });
    expect(questionStats(one([[1, 2], [1, 1], [1, 3]]), 1)).toMatchObject({ sd: 0, discriminationIndex: null, discriminativeEfficiency: null });
    expect(questionStats([], 1)).toMatchObject({ s: 0, sd: null });
  });
});

describe("quiz statistics", () => {
  test("two identical questions are perfectly consistent: CIC = 100", () => {
    // Totals 2, 2, 0, 0: var = 4/3; each question's var = 1/3; CIC = 100·2/1·(1 − (2/3)/(4/3)) = 100.
    const stats = quizStats([{ total: 2, n: 2 }, { total: 0, n: 2 }], 2, 2 / 3);
    expect(stats.mean).toBe(1);
    expect(stats.median).toBe(1);
    expect(stats.sd).toBeCloseTo(Math.sqrt(4 / 3), 12);
    expect(stats.cic).toBeCloseTo(100, 10);
    expect(stats.errorRatio).toBeCloseTo(0, 6);
  });

  test("two unrelated questions: CIC = 0", () => {
    // x1 = 1,1,0,0 and x2 = 1,0,1,0: totals 2,1,1,0 with var 2/3, the sum of item variances.
    expect(quizStats([{ total: 2, n: 1 }, { total: 1, n: 2 }, { total: 0, n: 1 }], 2, 2 / 3).cic).toBeCloseTo(0, 10);
  });

  test("odd counts take the middle total; CIC waits for s > 2", () => {
    expect(quizStats([{ total: 3, n: 1 }, { total: 1, n: 1 }, { total: 2, n: 1 }], 2, 0.1).median).toBe(2);
    expect(quizStats([{ total: 3, n: 1 }, { total: 1, n: 1 }], 2, 0.1).cic).toBeNull();
  });
});

describe("Moodle's own test data (mod/quiz/report/statistics/tests/fixtures)", () => {
  const dir = path.join(import.meta.dirname, "../../fixtures/moodle-stats");
  const csv = (file: string) =>
    readFileSync(path.join(dir, file), "utf8").trim().split("\n").slice(1).map((line) => line.split(",").map(Number));
  const attempts = csv("results00.csv").map((row) => row.slice(1, 8));
  const expected = csv("qstats00.csv");

  test.each(expected.map((row) => ({ slot: row[0]!, row })))("slot $slot matches Moodle's expected statistics", ({ slot, row }) => {
    const [, facility, sd, , covariance, markVariance, otherMarkVariance, discrimination, covarianceMax, efficiency] = row;
    const cells = attempts.map((marks) => ({ x: marks[slot - 1]!, total: marks.reduce((a, b) => a + b, 0), n: 1 }));
    const stats = questionStats(cells, 1);
    expect(stats.s).toBe(25);
    // Moodle's fixture values carry about 8 significant digits.
    expect(stats.facility).toBeCloseTo(facility!, 7);
    expect(stats.sd).toBeCloseTo(sd!, 6);
    expect(stats.covariance).toBeCloseTo(covariance!, 6);
    expect(stats.markVariance).toBeCloseTo(markVariance!, 6);
    expect(stats.otherMarkVariance).toBeCloseTo(otherMarkVariance!, 6);
    expect(stats.covarianceMax).toBeCloseTo(covarianceMax!, 6);
    expect(stats.discriminationIndex).toBeCloseTo(discrimination!, 4);
    expect(stats.discriminativeEfficiency).toBeCloseTo(efficiency!, 4);
  });
});
