/**
 * Which due cards a review session serves, so a backlog after a break never arrives as a wall. Pure.
 *
 * Order and caps (SESSION_SIZE in all):
 * 1. cards in a learning step (missed recently, due again within minutes), soonest first;
 * 2. cards that fell due today, soonest first;
 * 3. the backlog (due before today), at most OVERDUE_PER_SESSION, the most recently due first:
 *    those are the likeliest still remembered, so a short session saves the most.
 * Cards still on their first learning step (never yet remembered) count towards NEW_PER_SESSION.
 */
export const SESSION_SIZE = 20;
export const OVERDUE_PER_SESSION = 10;
export const NEW_PER_SESSION = 10;

export type Candidate = { id: string; due: Date; state: "New" | "Learning" | "Review" | "Relearning"; overdue: boolean; lapses: number; reps: number };

export function pickSession<C extends Candidate>(candidates: C[], limit = SESSION_SIZE): C[] {
  const size = Math.max(0, Math.min(limit, SESSION_SIZE));
  const byDue = (a: C, b: C) => a.due.getTime() - b.due.getTime();
  const learning = candidates.filter((c) => c.state === "Learning" || c.state === "Relearning" || c.state === "New").sort(byDue);
  const today = candidates.filter((c) => !learning.includes(c) && !c.overdue).sort(byDue);
  const backlog = candidates.filter((c) => !learning.includes(c) && c.overdue).sort((a, b) => -byDue(a, b));

  const picked: C[] = [];
  let fresh = 0;
  let overdue = 0;
  for (const card of [...learning, ...today, ...backlog]) {
    if (picked.length >= size) break;
    const isNew = card.state !== "Relearning" && card.lapses === 0 && card.state !== "Review";
    if (isNew && fresh >= NEW_PER_SESSION) continue;
    if (card.overdue && overdue >= OVERDUE_PER_SESSION) continue;
    if (isNew) fresh++;
    if (card.overdue) overdue++;
    picked.push(card);
  }
  return picked;
}
