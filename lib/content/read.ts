/**
 * Reads content/ from disk into a Catalog, collecting every problem rather than stopping at the first.
 * Used by the app (through lib/content/load.ts) and by `npm run content:check`.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { checkCatalog, contentId, type Catalog, type Lesson, type Track } from "./catalog";
import { compareQuizId, type ComparePage } from "./compare";
import { parseComparePage, parseConcepts, parseLesson, parseQuiz, parseTrack } from "./parse";

const LESSON_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

export function readCatalog(root: string): { catalog: Catalog; problems: string[] } {
  const problems: string[] = [];
  const rel = (file: string) => path.relative(path.dirname(root), file);
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      problems.push((error as Error).message);
      return undefined;
    }
  };

  const conceptsFile = path.join(root, "concepts.yaml");
  const concepts = attempt(() => parseConcepts(readFileSync(conceptsFile, "utf8"), rel(conceptsFile))) ?? [];
  const tracksDir = path.join(root, "tracks");
  const tracks: Track[] = [];

  for (const slug of readdirSync(tracksDir).sort()) {
    const dir = path.join(tracksDir, slug);
    const trackFile = path.join(dir, "track.md");
    if (!existsSync(trackFile)) {
      problems.push(`${rel(dir)}: missing track.md`);
      continue;
    }
    const meta = attempt(() => parseTrack(slug, readFileSync(trackFile, "utf8"), rel(trackFile)));
    if (!meta) continue;
    const lessons: Lesson[] = [];
    for (const name of readdirSync(dir).sort()) {
      if (name === "track.md" || name.endsWith(".quiz.yaml")) continue;
      const file = path.join(dir, name);
      const match = LESSON_FILE.exec(name);
      if (!match) {
        problems.push(`${rel(file)}: lesson files are named "<nn>-<slug>.md"`);
        continue;
      }
      const [, prefix, lessonSlug] = match as unknown as [string, string, string];
      const quizFile = file.replace(/\.md$/, ".quiz.yaml");
      if (!existsSync(quizFile)) {
        problems.push(`${rel(file)}: missing its quiz ${path.basename(quizFile)}`);
        continue;
      }
      const quiz = attempt(() => parseQuiz(contentId(slug, lessonSlug), readFileSync(quizFile, "utf8"), rel(quizFile)));
      const lesson = quiz && attempt(() => parseLesson(slug, lessonSlug, readFileSync(file, "utf8"), rel(file), quiz));
      if (!lesson) continue;
      if (lesson.order !== Number(prefix)) problems.push(`${rel(file)}: order: ${lesson.order} does not match the file prefix ${prefix}`);
      lessons.push(lesson);
    }
    tracks.push({ ...meta, lessons: lessons.sort((a, b) => a.order - b.order) });
  }
  tracks.sort((a, b) => a.order - b.order);
  const compare = readComparePages(path.join(root, "compare"), rel, attempt, problems);
  const catalog = { tracks, concepts, compare };
  problems.push(...checkCatalog(catalog));
  return { catalog, problems };
}

const COMPARE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** content/compare/<concept>.md with <concept>.quiz.yaml beside it; the folder is optional. */
function readComparePages(dir: string, rel: (file: string) => string, attempt: <T>(fn: () => T) => T | undefined, problems: string[]): ComparePage[] {
  if (!existsSync(dir)) return [];
  const pages: ComparePage[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(".quiz.yaml")) {
      if (!existsSync(path.join(dir, name.replace(/\.quiz\.yaml$/, ".md")))) problems.push(`${rel(path.join(dir, name))}: no compare page beside it`);
      continue;
    }
    const file = path.join(dir, name);
    const match = COMPARE_FILE.exec(name);
    if (!match) {
      problems.push(`${rel(file)}: compare files are named "<concept>.md" and "<concept>.quiz.yaml"`);
      continue;
    }
    const quizFile = file.replace(/\.md$/, ".quiz.yaml");
    if (!existsSync(quizFile)) {
      problems.push(`${rel(file)}: missing its quiz ${path.basename(quizFile)}`);
      continue;
    }
    const quiz = attempt(() => parseQuiz(compareQuizId(match[1]!), readFileSync(quizFile, "utf8"), rel(quizFile)));
    const page = quiz && attempt(() => parseComparePage(readFileSync(file, "utf8"), rel(file), quiz));
    if (page) pages.push(page);
  }
  return pages;
}
