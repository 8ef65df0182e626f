/**
 * Curriculum rules beyond the schema: what every lesson, quiz and track must offer. Pure.
 */
import type { Track } from "./catalog";

export const QUIZ_POLICY = { minQuestions: 6, minTypes: 3 } as const;

/** Fence labels that count as a track's own language: Express code is JavaScript or TypeScript. */
const EXAMPLE_LANGUAGES: Record<Track["language"], readonly string[] | null> = {
  python: ["python"],
  ruby: ["ruby"],
  javascript: ["javascript", "typescript"],
  mixed: null,
};

const fencedLanguages = (markdown: string) => [...markdown.matchAll(/^\s*(?:```|~~~)\s*([\w-]+)/gm)].map((m) => m[1]!);

export function checkPolicy(track: Track): string[] {
  const problems: string[] = [];
  for (const lesson of track.lessons) {
    const { quiz } = lesson;
    if (lesson.sources.length === 0) problems.push(`${lesson.file}: sources: cite at least one seed claim or documentation page`);
    const accepted = EXAMPLE_LANGUAGES[track.language];
    if (accepted && !fencedLanguages(lesson.body).some((language) => accepted.includes(language)))
      problems.push(`${lesson.file}: body: needs at least one ${accepted.join(" or ")} code example`);
    if (quiz.questions.length < QUIZ_POLICY.minQuestions)
      problems.push(`${quiz.file}: questions: ${quiz.questions.length} questions; quizzes need at least ${QUIZ_POLICY.minQuestions}`);
    const types = new Set(quiz.questions.map((q) => q.type));
    if (types.size < QUIZ_POLICY.minTypes) problems.push(`${quiz.file}: questions: ${types.size} question types; quizzes need at least ${QUIZ_POLICY.minTypes}`);
  }
  const codeReading = track.lessons.some((l) => l.quiz.questions.some((q) => q.code));
  if (track.language !== "mixed" && track.lessons.length > 0 && !codeReading)
    problems.push(`${track.file}: quizzes: the track needs at least one code-reading question (a question with \`code\`)`);
  return problems;
}
