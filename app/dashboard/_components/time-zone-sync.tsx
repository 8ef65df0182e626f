"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Tells the server the browser's time zone once it differs from the one the dashboard used, then
 * re-renders the dashboard with days counted there. Renders nothing.
 */
export function TimeZoneSync({ current }: { current: string }) {
  const router = useRouter();
  useEffect(() => {
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browser || browser === current) return;
    const controller = new AbortController();
    fetch("/api/me/profile", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ timeZone: browser }),
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      // The server may spell an alias canonically ("Europe/Kiev"); only a real change needs a refresh.
      .then((body: { profile?: { timeZone?: string } } | null) => {
        if (body?.profile?.timeZone && body.profile.timeZone !== current) router.refresh();
      })
      .catch(() => {}); // offline or navigating away: days stay in the stored zone
    return () => controller.abort();
  }, [current, router]);
  return null;
}
