"use client";
import { ThemeProvider } from "next-themes";

/**
 * The theme is the only context every page needs (next-themes' inline script sets the class before
 * paint, so there is no flash). Who is signed in comes from `session-store.ts`, not a provider, so
 * next-auth/react loads only on the pages that sign in or out.
 * No `disableTransitionOnChange`: it inserts a `*{transition:none}` stylesheet and removes it again
 * each time the theme is applied, and next-themes applies it on mount, so every page load paid two
 * restyles of the whole document after hydration. Nothing on the site transitions colours (the
 * buttons' `transition-colors` went with it), so a theme switch has nothing to suppress.
 */
export function Providers({ children }: { children: React.ReactNode }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem>
      {children}
    </ThemeProvider>
  );
}
