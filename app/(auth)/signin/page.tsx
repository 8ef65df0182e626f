import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeading } from "@/app/_components/ui";
import { SignInForm } from "./signin-form";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <div className="mx-auto max-w-sm">
      <PageHeading title="Sign in" />
      <Suspense>
        <SignInForm />
      </Suspense>
    </div>
  );
}
