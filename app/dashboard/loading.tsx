export default function Loading() {
  return <p aria-live="polite" className="text-slate-600 dark:text-slate-300">Loading your progress…</p>;
}
