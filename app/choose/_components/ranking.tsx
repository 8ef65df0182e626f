import Link from "next/link";
import { citeLabel } from "@/lib/choose/cite";
import { masteryPoints, type RankedFramework, type Reason } from "@/lib/choose/score";
import type { Catalog } from "@/lib/content/catalog";
import { InlineCode } from "../../_components/inline-code";
import { Badge, Card, ProgressBar } from "../../_components/ui";

function Points({ points }: { points: number }) {
  if (points === 0) return <Badge>note</Badge>;
  const label = `${points > 0 ? "+" : "−"}${Math.abs(points)}`;
  return (
    <Badge tone={points > 0 ? "good" : "bad"}>
      <span aria-hidden="true">{label}</span>
      <span className="sr-only">{points > 0 ? `plus ${points} points` : `minus ${Math.abs(points)} points`}</span>
    </Badge>
  );
}

function ReasonItem({ reason, catalog }: { reason: Reason; catalog: Catalog }) {
  return (
    <li className="flex gap-3">
      <span className="w-12 shrink-0 pt-0.5">
        <Points points={reason.points} />
      </span>
      <span>
        <InlineCode text={reason.text} />{" "}
        <Link href={reason.cite} className="text-sky-800 underline underline-offset-2 hover:no-underline dark:text-sky-300">
          {citeLabel(reason.cite, catalog)}
        </Link>
      </span>
    </li>
  );
}

/** The five frameworks, best first, each with its score, mastery and reasons. */
export function Ranking({ ranking, catalog, signedIn }: { ranking: RankedFramework[]; catalog: Catalog; signedIn: boolean }) {
  return (
    <ol className="space-y-4" aria-label="Frameworks, best fit first">
      {ranking.map((item) => (
        <li key={item.framework} data-framework={item.framework}>
          <Card>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="text-lg font-semibold">
                {item.rank}. {item.name}
              </h3>
              <p className="text-sm text-slate-700 dark:text-slate-200">
                Score <strong>{item.score}</strong> of 100
              </p>
            </div>
            <div className="mt-2">
              <ProgressBar value={item.score} label={`${item.name} score`} />
            </div>
            {/* When mastery earned points, its reason below says the same. */}
            {signedIn && item.mastery && masteryPoints(item.mastery) === 0 ? (
              <p className="mt-3 text-sm text-slate-700 dark:text-slate-200">
                You are proficient in {item.mastery.proficient} of {item.name}&apos;s {item.mastery.total} core concepts.
              </p>
            ) : null}
            {item.reasons.length ? (
              <ul className="mt-3 space-y-2 text-sm leading-6" aria-label={`Why ${item.name}`}>
                {item.reasons.map((reason, i) => (
                  <ReasonItem key={i} reason={reason} catalog={catalog} />
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">Nothing in your answers favours {item.name} in particular.</p>
            )}
          </Card>
        </li>
      ))}
    </ol>
  );
}
