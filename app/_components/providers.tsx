"use client";
import { ThemeProvider } from "next-themes";

/**
 * The theme is the only context every page needs (next-themes' inline script sets the class before
 * paint, so there is no flash). Who is signed in comes from `session-store.ts`, not a provider, so
 * next-auth/react loads only on the pages that sign in or out.
 */
export function Providers({ children }: { children: React.ReactNode }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      {children}
    </ThemeProvider>
  );
}
