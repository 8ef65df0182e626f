// Validates every file under content/ and exits non-zero with one line per problem.
import path from "node:path";
import { readCatalog } from "../lib/content/read.ts";

const root = path.resolve(process.env.CONTENT_DIR ?? "content");
const { catalog, problems } = readCatalog(root);
if (problems.length) {
  console.error(`content:check found ${problems.length} problem(s):\n`);
  for (const p of problems) console.error(`- ${p}\n`);
  process.exit(1);
}
const lessons = catalog.tracks.flatMap((t) => t.lessons);
const questions = [...lessons.map((l) => l.quiz), ...catalog.compare.map((p) => p.quiz)].reduce((n, q) => n + q.questions.length, 0);
console.log(
  `content:check ok: ${catalog.tracks.length} tracks, ${lessons.length} lessons, ${catalog.compare.length} compare pages, ${questions} questions, ${catalog.concepts.length} concepts`,
);
