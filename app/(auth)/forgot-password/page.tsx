import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/app/_components/ui";
import { ForgotForm } from "./forgot-form";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-sm">
      <PageHeading title="Forgot your password?" lead="Enter your account's email address and we will send you a link to choose a new password." />
      <ForgotForm />
      <p className="mt-6 text-sm">
        <Link href={routes.signIn()} className="font-medium text-sky-700 underline dark:text-sky-300">
          Back to sign in
        </Link>
      </p>
    </div>
  );
}
