// GIFT import and export for authors moving questions between Moodle and Framewise.
//   npm run content:import-gift -- FILE.gift --track T --lesson L [--out FILE] [--force]
//   npm run content:export-gift -- QUIZ_ID [--out FILE]
// Import writes content/tracks/<T>/<nn>-<L>.quiz.yaml (the lesson's quiz; --lesson may also be a
// new "nn-slug") and reports every GIFT item it skipped or changed with its line number.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { z } from "zod";
import { readCatalog } from "../lib/content/read.ts";
import { exportQuiz, quizFileOf } from "../lib/gift/export.ts";
import { importGift } from "../lib/gift/import.ts";

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be kebab-case" });
const [command, ...args] = process.argv.slice(2);

if (command === "import") {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { track: { type: "string" }, lesson: { type: "string" }, out: { type: "string" }, force: { type: "boolean" } } });
  const input = z.object({ file: z.string(), track: slug, lesson: z.string().regex(/^(\d{2}-)?[a-z0-9]+(-[a-z0-9]+)*$/) }).safeParse({ file: positionals[0], ...values });
  if (!input.success) fail(`usage: npm run content:import-gift -- FILE.gift --track T --lesson L [--out FILE] [--force]\n${z.prettifyError(input.error)}`);
  const { file, track, lesson } = input.data!;
  const dir = path.resolve("content/tracks", track);
  if (!existsSync(dir)) fail(`no track "${track}" under content/tracks`);
  const existing = readdirSync(dir).find((f) => new RegExp(`^\\d{2}-${lesson.replace(/^\d{2}-/, "")}\\.md$`).test(f));
  const stem = existing?.replace(/\.md$/, "") ?? (/^\d{2}-/.test(lesson) ? lesson : fail(`no lesson "${lesson}" in ${track}; for a new one give --lesson NN-${lesson}`));
  const out = path.resolve(values.out ?? path.join(dir, `${stem}.quiz.yaml`));
  if (existsSync(out) && !values.force) fail(`${path.relative(process.cwd(), out)} exists; add --force to replace it`);

  const result = importGift(readFileSync(file, "utf8"), `${stem.replace(/^\d{2}-/, "").replace(/-/g, " ")} check`);
  for (const r of result.reports) console.error(`${file}:${r.line}: ${r.level}: ${r.message}`);
  if (!result.quiz) fail("nothing written");
  writeFileSync(out, stringify(result.quiz, { lineWidth: 0 }));
  const skipped = result.reports.filter((r) => r.level === "skipped").length;
  console.log(`wrote ${path.relative(process.cwd(), out)}: ${result.quiz!.questions.length} questions imported, ${skipped} skipped; run npm run content:check`);
} else if (command === "export") {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: "string" } } });
  const quizId = positionals[0] ?? fail("usage: npm run content:export-gift -- QUIZ_ID [--out FILE]   (QUIZ_ID is track.lesson, e.g. flask.philosophy)");
  const { catalog } = readCatalog(path.resolve("content"));
  const lesson = catalog.tracks.flatMap((t) => t.lessons).find((l) => l.quiz.id === quizId) ?? fail(`no quiz "${quizId}"`);
  const quiz = quizFileOf(lesson.quiz);
  const gift = exportQuiz(quiz, `$course$/Framewise/${lesson.track}/${lesson.slug}`);
  if (values.out) {
    writeFileSync(values.out, gift);
    console.error(`wrote ${values.out}: ${quiz.questions.length} questions`);
  } else process.stdout.write(gift);
} else fail("usage: content-gift.mts import|export …");
