import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeading } from "@/app/_components/ui";
import { SignUpForm } from "./signup-form";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-sm">
      <PageHeading title="Create an account" lead="Track your progress and keep your quiz results." />
      <Suspense>
        <SignUpForm />
      </Suspense>
    </div>
  );
}
