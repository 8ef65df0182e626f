// Header links are plain `<a data-intent>`: `IntentLinks` (mounted below) prefetches them on intent and
// navigates in the app, without a client `Link` component per link on every prerendered page.
import type { Metadata } from "next";
import { IntentLinks } from "./_components/intent-links";
import { Providers } from "./_components/providers";
import { ThemeToggle } from "./_components/theme-toggle";
import { UserMenu } from "./_components/user-menu";
import "./globals.css";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: { default: "Framewise — learn web frameworks by comparison", template: "%s · Framewise" },
  description: "Flask, FastAPI, Rails and Express, each set against Django: lessons, graded quizzes and a progress dashboard.",
  openGraph: {
    siteName: "Framewise",
    type: "website",
    title: "Framewise — learn web frameworks by comparison",
    description: "Flask, FastAPI, Rails and Express, each set against Django: lessons, graded quizzes and a progress dashboard.",
  },
};

const navLink = "rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800";

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <Providers>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900">
            Skip to content
          </a>
          <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
            <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
              <a data-intent href={routes.home()} className="text-lg font-semibold tracking-tight">
                Framewise
              </a>
              <div className="flex flex-wrap items-center gap-1">
                <a data-intent href={routes.tracks()} className={navLink}>
                  Tracks
                </a>
                <a data-intent href={routes.compareIndex()} className={navLink}>
                  Compare
                </a>
                <a data-intent href={routes.choose()} className={navLink}>
                  Choose a framework
                </a>
                <ThemeToggle />
                <UserMenu />
              </div>
            </nav>
          </header>
          <main id="main" className="mx-auto max-w-5xl px-4 py-10">
            {children}
          </main>
          <footer className="mx-auto max-w-5xl border-t border-slate-200 px-4 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <a href="/docs/api" className="underline underline-offset-2 hover:text-slate-900 dark:hover:text-slate-100">
              API reference
            </a>
          </footer>
          <IntentLinks />
        </Providers>
      </body>
    </html>
  );
}
