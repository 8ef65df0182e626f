import { exportData } from "@/lib/api/contract/me";
import { getExportData } from "@/lib/db/queries/accounts";
import { AppError } from "@/lib/errors";
import { endpoint } from "@/lib/http/endpoint";

/** "Download my data": the account, its sign-in links, lesson progress, every attempt with answers and grades, and review cards with their history. */
export const GET = endpoint(exportData, async ({ user }) => {
  const data = await getExportData(user.id);
  if (!data) throw new AppError("unauthorized", "Sign in to use this endpoint.");
  const { accounts, progress, attempts, reviewCards, ...account } = data;
  // Pretty-printed, as an attachment: a person opens this file.
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), account, singleSignOn: accounts, lessonProgress: progress, attempts, reviewCards }, null, 2);
  return new Response(body, {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="framewise-data-${new Date().toISOString().slice(0, 10)}.json"` },
  });
});
