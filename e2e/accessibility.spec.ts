import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { profileState, publishNextSection } from "./publish-demo";
import { ReviewPage } from "./pages/review-page";
import { SectionEditorPage } from "./pages/section-editor";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe's serious and critical WCAG 2.2 AA findings on the page as it stands, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  // label-content-name-mismatch (2.5.3 Label in Name) is experimental in axe, so it is asked for by name.
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${new URL(page.url()).pathname}: ${v.id} (${v.impact}) at ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`));
}

test("axe (WCAG 2.2 AA) finds no serious or critical violation on any page, signed in or public", async ({ pageAs, admin }) => {
  test.setTimeout(240_000);
  const researcher = await pageAs("researcher");
  const editor = await pageAs("editor");
  await publishNextSection("jp", { researcher: researcher.context.request, editor: editor.context.request, admin });
  // One more section in review, for the queue and a review page.
  const draft = (await profileState(researcher.context.request, "jp")).sections.find((s) => s.status === "draft")!;
  const submitted = await researcher.context.request.post(`/api/sections/${draft.id}/revisions`, { data: { note: "For the accessibility pass." } });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const revisionId = ((await submitted.json()) as { id: string }).id;

  const page = editor.page;
  const found: string[] = [];
  const check = async (path: string, ready: () => Promise<void>) => {
    await page.goto(path);
    await ready();
    found.push(...(await seriousViolations(page)));
  };
  const h1 = (name?: RegExp | string) => () => expect(page.getByRole("heading", { level: 1, ...(name ? { name } : {}) })).toBeVisible();

  await check("/countries", h1("Countries"));
  await check("/countries/jp", h1(/Japan/));
  await check(`/countries/jp/sections/${draft.id}`, async () => {
    await expect(new SectionEditorPage(page).textbox()).toBeVisible();
    await expect(new SectionEditorPage(page).status()).toContainText(/Saved|Connected|Up to date/);
  });
  await check("/review", h1());
  await check(`/review/${revisionId}`, async () => {
    await expect(new ReviewPage(page).decision()).toBeVisible();
    await expect(new ReviewPage(page).viewer()).toBeVisible();
  });
  await check("/freshness", h1());
  await check("/search?q=my+number", h1());
  await check("/notifications", h1());
  await check("/profiles", h1("Country profiles"));
  await check("/profiles/jp", h1(/Japan/));
  await check("/profiles/jp/history", h1(/history/));
  expect(found, found.join("\n")).toEqual([]);

  // Keyboard only: the reviewer approves from the keyboard, and focus stays on the page (not <body>).
  const review = new ReviewPage(page);
  await page.goto(`/review/${revisionId}`);
  await review.decision().getByRole("button", { name: "Approve" }).focus();
  await page.keyboard.press("Enter");
  await expect(review.decision().getByRole("status")).toHaveText("Approved.");
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? "")).not.toBe("BODY");
  expect(await seriousViolations(page)).toEqual([]);
});
