"use client";
import { useId, useState, useSyncExternalStore } from "react";
import { Field } from "@/app/(auth)/field";
import { request } from "@/lib/api/client";
import { Alert, buttonStyles } from "./ui";

export type FieldSpec = { label: string; name: string; type?: string; autoComplete?: string; hint?: string; required?: boolean; defaultValue?: string };
const DANGER =
  "inline-flex min-h-10 items-center justify-center rounded-md bg-rose-700 px-4 py-2 text-sm font-medium text-white hover:bg-rose-800 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-rose-400 dark:text-slate-950 dark:hover:bg-rose-300";
const noSubscription = () => () => {};

type Props = {
  method: "POST" | "PUT" | "DELETE";
  url: string;
  fields: FieldSpec[];
  submitLabel: string;
  /** Values sent besides the fields (a token from the URL). */
  extra?: Record<string, string>;
  /** Shown after a 2xx; the server's `message` wins when it sends one. */
  successMessage?: string;
  danger?: boolean;
  onSuccess?: (values: Record<string, string>) => void | Promise<void>;
};

/**
 * A form that sends its fields as JSON and shows the API's answer: field issues beside their
 * fields, the message otherwise. Empty optional fields are left out.
 */
export function ActionForm({ method, url, fields, submitLabel, extra = {}, successMessage, danger = false, onSuccess }: Props) {
  const idPrefix = useId();
  // Enabled once hydrated: before that a click would submit the form as a plain GET with the values in the URL.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values: Record<string, string> = { ...extra };
    for (const field of fields) {
      const value = String(form.get(field.name) ?? "");
      if (value !== "" || field.required !== false) values[field.name] = value;
    }
    setPending(true);
    setStatus(null);
    setIssues({});
    try {
      // The forms' bodies are their fields, so this uses the client's untyped layer (same error handling).
      const result = await request(method, url, values);
      if (!result.ok) {
        setIssues(Object.fromEntries((result.error.issues ?? []).map((i) => [i.path, i.message])));
        setStatus({ tone: "error", text: result.error.code === "unexpected" ? "That did not work." : result.error.message });
        return;
      }
      const message = typeof result.data === "object" && result.data !== null && "message" in result.data && typeof result.data.message === "string" ? result.data.message : undefined;
      setStatus({ tone: "success", text: message ?? successMessage ?? "Saved." });
      await onSuccess?.(values);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {status ? <Alert tone={status.tone} live>{status.text}</Alert> : null}
      {fields.map((field) => (
        <Field key={field.name} {...field} id={`${idPrefix}${field.name}`} error={issues[field.name]} />
      ))}
      <button type="submit" className={danger ? DANGER : buttonStyles.primary} disabled={pending || !hydrated}>
        {submitLabel}
      </button>
    </form>
  );
}
