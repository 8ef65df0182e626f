import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeading } from "@/app/_components/ui";
import { ResetForm } from "./reset-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default function ResetPasswordPage() {
  return (
    <div className="mx-auto max-w-sm">
      <PageHeading title="Choose a new password" lead="Every device signed in to your account will be signed out." />
      <Suspense>
        <ResetForm />
      </Suspense>
    </div>
  );
}
