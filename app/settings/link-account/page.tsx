import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeading } from "@/app/_components/ui";
import { TokenAction } from "../_components/token-action";

export const metadata: Metadata = { title: "Link single sign-on", referrer: "no-referrer" };

export default function LinkAccountPage() {
  return (
    <div className="mx-auto max-w-sm">
      <PageHeading title="Link your school sign-in" lead="From now on you can sign in to this account with your school account as well as with your password." />
      <Suspense>
        <TokenAction url="/api/me/oidc-link" label="Link my school sign-in" done="Linked. Next time, “Sign in with” your school account works." />
      </Suspense>
    </div>
  );
}
