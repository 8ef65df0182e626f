"use client";
import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";
import { buttonStyles } from "./ui";

const NEXT = { system: "light", light: "dark", dark: "system" } as const;

export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  // The stored theme is only known in the browser; the server render shows "system".
  const mounted = useSyncExternalStore(noop, () => true, () => false);
  const current = (mounted ? theme : "system") as keyof typeof NEXT;
  return (
    <button type="button" className={buttonStyles.ghost} onClick={() => setTheme(NEXT[current] ?? "system")} aria-label={`Colour theme: ${current}. Change theme`}>
      <span aria-hidden>{current === "dark" ? "☾" : current === "light" ? "☀" : "◐"}</span>
      <span className="sr-only sm:not-sr-only">Theme</span>
    </button>
  );
}

const noop = () => () => {};
