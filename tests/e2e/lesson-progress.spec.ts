import { expect, test } from "../support/fixtures";
import { rankRelatedLessons } from "../../lib/content/related";
import { catalog, uniqueEmail } from "../support/http";
import { signUpInBrowser } from "../support/signup-ui";

const track = catalog.tracks.find((t) => t.slug === "flask")!;
const lesson = track.lessons[1]!;
const lessonPath = `/learn/${track.slug}/${lesson.slug}`;
const onePercent = String(Math.round(100 / track.lessons.length));

test("a learner marks a lesson complete, it survives a reload, and the track bar moves", async ({ page }) => {
  await page.goto("/signup");
  await signUpInBrowser(page, uniqueEmail("mark"), { name: "Lin" });
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto(lessonPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
  const bar = page.getByRole("progressbar", { name: `${track.title} progress` });
  await expect(bar).toHaveAttribute("aria-valuenow", "0");

  await page.getByRole("button", { name: "Mark complete" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Lesson marked complete." })).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", onePercent);
  await expect(page.getByText("Completed ✓")).toBeVisible();

  await page.reload();
  await expect(bar).toHaveAttribute("aria-valuenow", onePercent);
  await expect(page.getByText("Completed ✓")).toBeVisible();
  const undo = page.getByRole("button", { name: "Mark as not complete" });
  await expect(undo).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark complete", exact: true })).toHaveCount(0);

  // Keyboard: the button keeps focus while it changes, and un-marking moves the bar back.
  await undo.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Lesson marked as not complete." })).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", "0");
  await expect(page.getByRole("button", { name: "Mark complete", exact: true })).toBeFocused();

  await page.goto("/dashboard");
  await expect(page.getByRole("progressbar", { name: `${track.title} progress` })).toHaveAttribute("aria-valuenow", "0");
});

test("a signed-out visitor reads the static lesson, sees related lessons and a sign-in link instead of the button", async ({ page }) => {
  const response = await page.goto(lessonPath);
  expect(response?.status()).toBe(200);
  // Still prerendered: a page that read the session on the server would be "private, no-store".
  expect(response?.headers()["cache-control"]).toContain("s-maxage=");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);

  const related = rankRelatedLessons(lesson, catalog);
  expect(related.length).toBeGreaterThan(0);
  const section = page.getByRole("region", { name: "Related lessons in other tracks" });
  await expect(section.getByRole("listitem").filter({ has: page.getByRole("link") })).toHaveCount(related.length);
  const top = section.getByTestId(`related-${related[0]!.id}`);
  await expect(top.getByRole("link", { name: related[0]!.title })).toHaveAttribute("href", related[0]!.href);
  for (const concept of related[0]!.sharedConcepts) await expect(top.getByRole("list", { name: "Shared concepts" })).toContainText(concept.title);

  const signIn = page.getByRole("link", { name: "Sign in to track progress" });
  await expect(signIn).toBeVisible();
  await expect(page.getByRole("button", { name: /Mark/ })).toHaveCount(0);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await signIn.click();
  await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(lessonPath)}$`));
});
