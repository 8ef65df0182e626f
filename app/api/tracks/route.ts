import type { ResponseOf } from "@/lib/api/contract/define";
import type { listTracks as contract } from "@/lib/api/contract/public";
import { listTracks } from "@/lib/content/load";

export const dynamic = "force-static";

export function GET() {
  const tracks: ResponseOf<typeof contract, 200>["tracks"] = listTracks().map((t) => ({
    slug: t.slug,
    title: t.title,
    summary: t.summary,
    lessons: t.lessons.map((l) => ({ slug: l.slug, title: l.title, quizId: l.quiz.id })),
  }));
  return Response.json({ tracks });
}
