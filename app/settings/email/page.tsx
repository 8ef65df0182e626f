import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeading } from "@/app/_components/ui";
import { TokenAction } from "../_components/token-action";

export const metadata: Metadata = { title: "Confirm your new email", referrer: "no-referrer" };

export default function ConfirmEmailPage() {
  return (
    <div className="mx-auto max-w-sm">
      <PageHeading title="Confirm your new email" />
      <Suspense>
        <TokenAction url="/api/me/email/confirm" label="Confirm the new address" done="Your email address was changed." />
      </Suspense>
    </div>
  );
}
