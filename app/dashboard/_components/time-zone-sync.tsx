"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { call } from "@/lib/api/client";
import { refs } from "@/lib/api/refs";

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
    call(refs.updateProfile, { body: { timeZone: browser }, signal: controller.signal })
      // The server may spell an alias canonically ("Europe/Kiev"); only a real change needs a refresh.
      // Offline, refused or navigating away: days stay in the stored zone.
      .then((result) => {
        if (result.ok && result.data.profile.timeZone && result.data.profile.timeZone !== current) router.refresh();
      })
      .catch(() => {});
    return () => controller.abort();
  }, [current, router]);
  return null;
}
