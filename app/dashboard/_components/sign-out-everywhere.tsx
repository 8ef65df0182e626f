"use client";
import { useState } from "react";
import { call } from "@/lib/api/client";
import { refs } from "@/lib/api/refs";
import { buttonStyles } from "../../_components/ui";
import { routes } from "@/lib/routes";

/** "Sign out everywhere": ends every session of this account (other browsers too), then this one. */
export function SignOutEverywhere() {
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  async function run() {
    setState("busy");
    if (!(await call(refs.revokeAllSessions, {})).ok) return setState("failed");
    // next-auth/react loads only now, not with the dashboard.
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: routes.signIn() });
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" className={buttonStyles.secondary} onClick={run} disabled={state === "busy"}>
        End all sessions
      </button>
      <p className="text-sm text-slate-600 dark:text-slate-300" role="status">
        {state === "failed" ? "That did not work; please try again." : "Signs you out here and on every other device and browser."}
      </p>
    </div>
  );
}
