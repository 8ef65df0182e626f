import { expect, test } from "../support/fixtures";
import { isDocSource } from "../../lib/content/schema";
import { catalog } from "../support/http";

const lesson = catalog.tracks.find((t) => t.slug === "django")!.lessons.find((l) => l.slug === "build-a-books-api")!;
const pages = lesson.sources.filter(isDocSource);

test("a lesson ends with the documentation pages it cites, as links, and the version it targets", async ({ page }) => {
  await page.goto(`/learn/django/${lesson.slug}`);
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources.getByText(`Written for ${lesson.targets}.`)).toBeVisible();
  const links = sources.getByRole("link");
  await expect(links).toHaveCount(pages.length);
  for (const [i, source] of pages.entries()) {
    await expect(links.nth(i)).toHaveText(source.title);
    await expect(links.nth(i)).toHaveAttribute("href", source.url);
  }
});

test("a lesson that cites only seed claims shows no sources section", async ({ page }) => {
  const seedOnly = catalog.tracks.flatMap((t) => t.lessons).find((l) => !l.targets && !l.sources.some(isDocSource))!;
  await page.goto(`/learn/${seedOnly.track}/${seedOnly.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seedOnly.title);
  await expect(page.getByRole("region", { name: "Sources" })).toHaveCount(0);
});
