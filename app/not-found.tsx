import { routes } from "@/lib/routes";

// A plain link with data-intent (app/_components/intent-links.tsx): next/link here would load on every
// page, since the root not-found boundary is part of each page's client bundle.
export default function NotFound() {
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">That page does not exist, or you do not have access to it.</p>
      <p className="mt-4">
        <a data-intent href={routes.home()} className="text-sky-700 underline dark:text-sky-300">
          Back to the tracks
        </a>
      </p>
    </div>
  );
}
