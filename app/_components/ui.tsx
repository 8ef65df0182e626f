/** The small set of presentational pieces every page shares. */

const buttonBase =
  "inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60";
export const buttonStyles = {
  primary: `${buttonBase} bg-sky-700 text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400`,
  secondary: `${buttonBase} border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800`,
  ghost: `${buttonBase} text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800`,
};

/** A plain server-rendered link, prefetched on intent and followed in the app by the root layout's `IntentLinks`. */
export function ButtonLink({ href, variant = "primary", children }: { href: string; variant?: keyof typeof buttonStyles; children: React.ReactNode }) {
  return (
    <a data-intent href={href} className={buttonStyles[variant]}>
      {children}
    </a>
  );
}

export function Card({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <div className={`rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900 ${className}`}>{children}</div>;
}

const badgeTones = {
  neutral: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  good: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100",
  bad: "bg-rose-100 text-rose-900 dark:bg-rose-900/60 dark:text-rose-100",
  info: "bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100",
};
export function Badge({ tone = "neutral", children }: { tone?: keyof typeof badgeTones; children: React.ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ${badgeTones[tone]}`}>{children}</span>;
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={clamped} aria-valuetext={`${clamped}%`} className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
      <div className="h-full rounded-full bg-sky-600 dark:bg-sky-400" style={{ width: `${clamped}%` }} />
    </div>
  );
}

const alertTones = {
  error: "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100",
  info: "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
};
export function Alert({ tone = "info", children, live = false }: { tone?: keyof typeof alertTones; children: React.ReactNode; live?: boolean }) {
  return (
    <div role={live ? "status" : undefined} className={`rounded-md border px-4 py-3 text-sm ${alertTones[tone]}`}>
      {children}
    </div>
  );
}

export function PageHeading({ title, lead }: { title: string; lead?: React.ReactNode }) {
  return (
    <header className="mb-8">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">{title}</h1>
      {lead ? <p className="mt-2 max-w-prose text-lg text-slate-600 dark:text-slate-300">{lead}</p> : null}
    </header>
  );
}
