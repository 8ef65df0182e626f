"use client";
import { useSyncExternalStore } from "react";

/**
 * Who is signed in, for the client islands of static pages (the header, a lesson's progress panel,
 * a compare page's mastery). It replaces next-auth's `SessionProvider`/`useSession`, which shipped
 * next-auth/react to every page and refetched the session on every window focus: here the session is
 * read once per page load, when the first island asks, and again when something says it changed
 * (`refreshSession()` after signing in; next-auth's cross-tab message in localStorage) or when the
 * tab comes back into view after a while (the session may have ended elsewhere: "sign out
 * everywhere" on another device, expiry). Signing out reloads the page, which starts a fresh store.
 */
export type SessionUser = { name?: string | null; email?: string | null };
export type SessionState =
  | { status: "loading" }
  | { status: "unauthenticated" }
  | { status: "authenticated"; user: SessionUser };

const LOADING: SessionState = { status: "loading" };
const SIGNED_OUT: SessionState = { status: "unauthenticated" };
/** The key next-auth/react's `signIn`/`signOut` write to tell other tabs. */
const NEXTAUTH_MESSAGE = "nextauth.message";

/** A tab shown again re-reads the session when its last read is older than this. */
const STALE_AFTER_MS = 60_000;

let state: SessionState = LOADING;
let pending: Promise<void> | null = null;
let readAt = 0;
const listeners = new Set<() => void>();

function publish(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

/** `/api/auth/session` answers `{}` when signed out (or revoked) and `{ user, expires }` when signed in. */
function parse(body: unknown): SessionState {
  const user = typeof body === "object" && body !== null ? (body as { user?: unknown }).user : undefined;
  if (typeof user !== "object" || user === null) return SIGNED_OUT;
  const { name, email } = user as Record<string, unknown>;
  return { status: "authenticated", user: { name: typeof name === "string" ? name : null, email: typeof email === "string" ? email : null } };
}

/** Reads the session again and tells every island; concurrent calls share one request. */
export function refreshSession(): Promise<void> {
  readAt = Date.now();
  pending ??= fetch("/api/auth/session", { cache: "no-store" })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((body: unknown) => publish(parse(body)))
    // Offline or a failing server: keep what is shown; a page still loading shows the signed-out header.
    .catch(() => {
      if (state === LOADING) publish(SIGNED_OUT);
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

function onStorage(event: StorageEvent) {
  if (event.key === NEXTAUTH_MESSAGE) void refreshSession();
}

function onVisibilityChange() {
  if (document.visibilityState === "visible" && Date.now() - readAt > STALE_AFTER_MS) void refreshSession();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    window.addEventListener("storage", onStorage);
    document.addEventListener("visibilitychange", onVisibilityChange);
    if (state === LOADING) void refreshSession();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener("storage", onStorage);
    document.removeEventListener("visibilitychange", onVisibilityChange);
  };
}

const snapshot = () => state;
// The server (and the first client render, for hydration) knows nothing about the session.
const serverSnapshot = () => LOADING;

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}
