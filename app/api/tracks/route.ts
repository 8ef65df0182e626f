import { listTracks } from "@/lib/content/load";

export const dynamic = "force-static";

export function GET() {
  const tracks = listTracks().map((t) => ({
    slug: t.slug,
    title: t.title,
    summary: t.summary,
    lessons: t.lessons.map((l) => ({ slug: l.slug, title: l.title, quizId: l.quiz.id })),
  }));
  return Response.json({ tracks });
}
