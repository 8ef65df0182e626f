import { describe, expect, test } from "vitest";
import { NEW_PER_SESSION, OVERDUE_PER_SESSION, pickSession, SESSION_SIZE, type Candidate } from "@/lib/review/session";

const now = Date.parse("2026-05-10T12:00:00Z");
let n = 0;
const card = (over: Partial<Candidate>): Candidate => ({ id: `c${n++}`, due: new Date(now), state: "Review", overdue: false, lapses: 0, reps: 3, ...over });

describe("picking a session from a backlog", () => {
  test("after a long break: learning first, then today's, and at most OVERDUE_PER_SESSION of the backlog, most recently due first", () => {
    const backlog = Array.from({ length: 200 }, (_, i) => card({ overdue: true, due: new Date(now - (i + 1) * 86_400_000) }));
    const today = Array.from({ length: 3 }, (_, i) => card({ due: new Date(now + i * 60_000) }));
    const learning = [card({ state: "Relearning", lapses: 1, due: new Date(now - 60_000) })];
    const picked = pickSession([...backlog, ...today, ...learning]);
    expect(picked).toHaveLength(1 + 3 + OVERDUE_PER_SESSION);
    expect(picked[0]).toBe(learning[0]);
    expect(picked.slice(1, 4)).toEqual(today);
    expect(picked.slice(4)).toEqual(backlog.slice(0, OVERDUE_PER_SESSION));
  });

  test("never more than SESSION_SIZE, and at most NEW_PER_SESSION cards still on their first step", () => {
    const fresh = Array.from({ length: 30 }, () => card({ state: "Learning" }));
    const reviews = Array.from({ length: 30 }, () => card({}));
    const picked = pickSession([...fresh, ...reviews]);
    expect(picked).toHaveLength(SESSION_SIZE);
    expect(picked.filter((c) => c.state === "Learning")).toHaveLength(NEW_PER_SESSION);
    expect(pickSession(reviews, 5)).toHaveLength(5);
  });
});
