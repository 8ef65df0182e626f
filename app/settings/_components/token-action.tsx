"use client";
import { useSearchParams } from "next/navigation";
import { ActionForm } from "@/app/_components/action-form";

/** One button that posts the `token` from the link (never on page load, so mail scanners change nothing). */
export function TokenAction({ url, label, done }: { url: string; label: string; done: string }) {
  const token = useSearchParams().get("token") ?? "";
  return <ActionForm method="POST" url={url} extra={{ token }} fields={[]} submitLabel={label} successMessage={done} />;
}
