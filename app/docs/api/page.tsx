import type { Metadata } from "next";
// Bundled by Next into a same-origin stylesheet: no CDN, nothing inline.
import "swagger-ui-dist/swagger-ui.css";
import "./swagger-theme.css";

export const metadata: Metadata = {
  title: "API reference",
  description: "Every route of Framewise's JSON API: parameters, bodies, answers and errors, from its OpenAPI 3.1 document.",
};

/** Swagger UI on /api/openapi.json. Its scripts and styles are same-origin files (see lib/api/docs-assets.ts). */
export default function ApiReferencePage() {
  return (
    <article>
      <h1 className="text-3xl font-semibold tracking-tight">API reference</h1>
      <p className="mt-3 max-w-prose text-slate-700 dark:text-slate-300">
        Framewise&apos;s JSON API, generated from the same schemas that check every request. Errors always read{" "}
        <code>{"{ error: { code, message, issues? } }"}</code>. The raw document is at{" "}
        <a className="underline" href="/api/openapi.json">
          /api/openapi.json
        </a>
        .
      </p>
      {/* The operations render below, in a node of their own (lib/api/docs-assets.ts says why). */}
      <noscript>Swagger UI needs JavaScript; the document itself is at /api/openapi.json.</noscript>
      <script src="/docs/api/assets/init.js" async />
    </article>
  );
}
