import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeading } from "@/app/_components/ui";
import { VerifySignUp } from "./verify-sign-up";

export const metadata: Metadata = { title: "Finish creating your account", referrer: "no-referrer" };

export default function VerifySignUpPage() {
  return (
    <div className="mx-auto max-w-sm">
      <PageHeading title="Finish creating your account" lead="One step left: confirm that this email address is yours." />
      <Suspense>
        <VerifySignUp />
      </Suspense>
    </div>
  );
}
