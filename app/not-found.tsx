import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">That page does not exist, or you do not have access to it.</p>
      <p className="mt-4">
        <Link href="/" className="text-sky-700 underline dark:text-sky-300">Back to the tracks</Link>
      </p>
    </div>
  );
}
