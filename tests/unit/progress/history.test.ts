import { describe, expect, test } from "vitest";
import { buildHistory, CHART_FRAME, percentY, plotHistory } from "@/lib/progress/history";

const tracks = [{ slug: "flask", title: "Flask", lessons: [{ quiz: { id: "flask.a", title: "Quiz A" } }] }];
const attempt = (id: string, percent: number, quizId = "flask.a") => ({ attemptId: id, quizId, submittedAt: `2026-11-2${id}T10:00:00.000Z`, percent, passed: percent >= 70 });

describe("buildHistory", () => {
  test("runs oldest first, names quizzes and tracks, and rounds percentages", () => {
    const history = buildHistory([attempt("3", 99.6), attempt("2", 50), attempt("1", 0, "gone.quiz")], tracks);
    expect(history.map((p) => [p.attemptId, p.percent, p.title, p.track])).toEqual([
      ["1", 0, "gone.quiz", ""],
      ["2", 50, "Quiz A", "flask"],
      ["3", 100, "Quiz A", "flask"],
    ]);
  });
});

describe("plotHistory", () => {
  const { left, right, top, bottom, width, height } = CHART_FRAME;
  test.each([
    { label: "one point sits in the middle", percents: [100], xs: [left + (width - left - right) / 2], ys: [top] },
    { label: "two points span the width", percents: [0, 100], xs: [left, width - right], ys: [height - bottom, top] },
    { label: "out-of-range values are clamped", percents: [-5, 50, 120], xs: [left, (left + width - right) / 2, width - right], ys: [height - bottom, percentY(50), top] },
  ])("$label", ({ percents, xs, ys }) => {
    const points = buildHistory(percents.map((p, i) => attempt(String(i), p)).reverse(), tracks);
    const plotted = plotHistory(points);
    expect(plotted.map((p) => p.x)).toEqual(xs);
    expect(plotted.map((p) => p.y)).toEqual(ys);
  });
});
