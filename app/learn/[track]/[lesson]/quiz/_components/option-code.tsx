import type { CodeSnippet } from "@/lib/content/schema";

/** An option's code: the server's highlighted HTML when given, else the plain source. */
export function OptionCode({ code, html }: { code: CodeSnippet; html: string | undefined }) {
  return html ? (
    <div className="mt-2 text-sm" data-option-code dangerouslySetInnerHTML={{ __html: html }} />
  ) : (
    <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-3 text-sm dark:bg-slate-800" data-option-code>
      <code>{code.source}</code>
    </pre>
  );
}
