/** A question's code, highlighted on the server from content files (never learner input); nothing when it has none. */
export function QuestionCode({ html, className }: { html: string | null | undefined; className?: string }) {
  return html ? <div className={className} dangerouslySetInnerHTML={{ __html: html }} /> : null;
}
