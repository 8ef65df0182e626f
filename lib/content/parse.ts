/**
 * Turns the text of content files into typed values. Pure: the caller reads the files.
 * Every error names the file, so an author knows where to look.
 */
import { createHash } from "node:crypto";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { contentId, proseWordCount, type Lesson, type Quiz, type Track } from "./catalog";
import { CompareMeta, parseCompareBody, type ComparePage } from "./compare";
import { ConceptList, LessonMeta, QuizFile, TrackMeta } from "./schema";

export class ContentError extends Error {}

function validate<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(`${file}:\n${z.prettifyError(result.error)}`);
  return result.data;
}

function readYaml(text: string, file: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw new ContentError(`${file}: invalid YAML: ${(error as Error).message}`);
  }
}

function readFrontmatter(text: string, file: string) {
  try {
    // gray-matter caches by input string; pass a fresh options object to keep results independent.
    return matter(text, {});
  } catch (error) {
    throw new ContentError(`${file}: invalid frontmatter: ${(error as Error).message}`);
  }
}

export const parseConcepts = (text: string, file: string) => validate(ConceptList, readYaml(text, file), file).concepts;

export function parseTrack(slug: string, text: string, file: string): Omit<Track, "lessons"> {
  const { data, content } = readFrontmatter(text, file);
  return { ...validate(TrackMeta, data, file), slug, intro: content.trim(), file };
}

/** Stable across key order and formatting, so only a real edit makes a new quiz version. */
export function hashQuiz(quiz: QuizFile): string {
  return createHash("sha256").update(canonicalJson(quiz)).digest("hex").slice(0, 32);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

export function parseQuiz(id: string, text: string, file: string): Quiz {
  const quiz = validate(QuizFile, readYaml(text, file), file);
  return { ...quiz, id, contentHash: hashQuiz(quiz), file };
}

export function parseLesson(track: string, slug: string, text: string, file: string, quiz: Quiz): Lesson {
  const { data, content } = readFrontmatter(text, file);
  const meta = validate(LessonMeta, data, file);
  return { ...meta, id: contentId(track, slug), slug, track, body: content, wordCount: proseWordCount(content), quiz, file };
}

/** A compare page and its quiz; the body is split into one section per framework. */
export function parseComparePage(text: string, file: string, quiz: Quiz): ComparePage {
  const { data, content } = readFrontmatter(text, file);
  const meta = validate(CompareMeta, data, file);
  // Body line numbers, counted from the top of the file so authors can jump to them.
  const offset = text.endsWith(content) ? text.slice(0, text.length - content.length).split("\n").length - 1 : 0;
  return { ...meta, ...parseCompareBody(content, offset), quiz, file };
}
