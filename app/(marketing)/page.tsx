import { getStart, listTracks } from "@/lib/content/load";
import { Badge, ButtonLink, Card } from "../_components/ui";
import { routes } from "@/lib/routes";

export default function HomePage() {
  const tracks = listTracks();
  const start = getStart();
  return (
    <>
      <section className="mb-14 max-w-3xl">
        <h1 className="text-4xl font-semibold tracking-tight text-slate-900 sm:text-5xl dark:text-slate-50">Learn web frameworks by comparison.</h1>
        <p className="mt-4 text-lg leading-8 text-slate-600 dark:text-slate-300">
          Framewise teaches Flask, FastAPI, Ruby on Rails and Express.js by setting each one against Django. Read short lessons, take quizzes graded on
          the server, and watch your progress on a dashboard.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          {start ? <ButtonLink href={routes.lesson(start.track.slug, start.lesson.slug)}>Start with {start.track.title}</ButtonLink> : null}
          <ButtonLink href={routes.signUp()} variant="secondary">
            Create a free account
          </ButtonLink>
        </div>
      </section>

      <section id="tracks" aria-labelledby="tracks-heading">
        <h2 id="tracks-heading" className="mb-4 text-2xl font-semibold tracking-tight">
          Tracks
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {tracks.map((track) => (
            <li key={track.slug}>
              <Card className="h-full">
                <h3 className="text-lg font-semibold">
                  <a data-intent href={routes.track(track.slug)} className="hover:underline">
                    {track.title}
                  </a>
                </h3>
                <p className="mt-2 text-sm leading-6 text-slate-600 dark:text-slate-300">{track.summary}</p>
                <p className="mt-3">
                  <Badge>
                    {track.lessons.length} {track.lessons.length === 1 ? "lesson" : "lessons"}
                  </Badge>
                </p>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
