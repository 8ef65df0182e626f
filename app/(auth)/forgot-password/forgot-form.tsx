"use client";
import { ActionForm } from "@/app/_components/action-form";

export function ForgotForm() {
  return <ActionForm method="POST" url="/api/password/forgot" fields={[{ label: "Email", name: "email", type: "email", autoComplete: "email" }]} submitLabel="Send the reset link" />;
}
