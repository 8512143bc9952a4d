import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { CiteDialog } from "./pages/cite-dialog";
import { FreshnessPage } from "./pages/freshness-page";
import { PublishDialogPage } from "./pages/publish-dialog";
import { approveLatest } from "./pages/review-page";
import { submitSection, profileSection } from "./pages/section-editor";

const SECTION = "Digital ID Overview";
const EVIL_TITLE = `Omang register <img src=x onerror="window.pwned=1">`;

/** A logged-out reader: a fresh browser context with no session. */
async function reader(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

test("publish v1, the public page ignores drafts, publish v2 after review; history, compare, old anchors, CSP and no script", async ({ pageAs, browser }) => {
  test.setTimeout(240_000);
  // A researcher writes two paragraphs; the first cites a source whose title carries an <img onerror>.
  const a = await pageAs("researcher");
  const { editor: editorA, url: sectionUrl } = await profileSection(a.page, "BW", SECTION);
  const sectionId = /sections\/([0-9a-f-]{36})/.exec(sectionUrl)![1]!;
  await editorA.typeAtEnd("Botswana issues the Omang card to every citizen aged sixteen.");
  const cite = new CiteDialog(a.page);
  await cite.open();
  await cite.addByHand(EVIL_TITLE, "https://example.org/bw/omang");
  const accessedV1 = isoDaysAgo(60);
  await cite.dialog.getByLabel("Accessed").fill(accessedV1);
  await cite.insert();
  await editorA.textbox().click();
  await a.page.keyboard.press("Control+End");
  await a.page.keyboard.press("Enter");
  await a.page.keyboard.type("Residents register at district offices of the national registration department.");
  expect(await submitSection(a.page)).toBe(1);

  // An editor who wrote nothing approves; another editor publishes version 1.
  const b = await pageAs("editor");
  await approveLatest(b.context.request, "bw", sectionId);
  const publisher = await pageAs("editor");
  const dialog = new PublishDialogPage(publisher.page);
  await dialog.open("bw");
  await expect(dialog.dialog()).toContainText("approved revision 1");
  expect(await dialog.publish("First version of the Botswana profile.")).toBe(1);

  // A logged-out reader sees version 1, under a strict CSP, with the hostile title as text and no script run.
  const r = await reader(browser);
  const first = await r.goto("/profiles/bw");
  expect(first!.status()).toBe(200);
  expect(first!.headers()["content-security-policy"]).toMatch(/default-src 'none'/);
  expect(first!.headers()["content-security-policy"]).not.toMatch(/script-src/);
  await expect(r.getByRole("heading", { level: 1 })).toContainText("Botswana");
  await expect(r.getByText("Last updated:")).toContainText("Version 1");
  const notes = r.getByRole("region", { name: "Notes" });
  await expect(notes).toContainText(`<img src=x onerror="window.pwned=1">`);
  await expect(r.locator("main img")).toHaveCount(0);
  expect(await r.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  const oldAnchor = await r.locator("p", { hasText: "Residents register at district offices" }).getAttribute("id");
  expect(oldAnchor).toMatch(/^p-[A-Za-z0-9_-]+$/);
  // The anchor is the paragraph's own unique id, which the editor gave it when Enter split it off the first.
  const blockIds = await editorA.textbox().locator("p[data-id]").evaluateAll((ps) => ps.map((p) => p.getAttribute("data-id")));
  expect(new Set(blockIds).size).toBe(2);
  const draftId = await editorA.textbox().locator("p", { hasText: "Residents register at district offices" }).getAttribute("data-id");
  expect(oldAnchor).toBe(`p-${draftId}`);
  // Note and marker link both ways.
  const marker = r.getByRole("link", { name: "Footnote 1" });
  await marker.click();
  await expect(r.locator("ol.notes li:target")).toContainText("Omang register");
  await r.locator("ol.notes li:target").getByRole("link", { name: "Back to note 1 in the text" }).click();
  await expect(r.locator("sup.marker a:target")).toHaveText("1");

  // The researcher edits the draft: the public page does not change.
  await editorA.goto(sectionUrl);
  await editorA.typeAtEnd(" Offices also open on Saturdays.");
  await expect(editorA.status()).toContainText("Saved");
  await r.goto("/profiles/bw");
  await expect(r.locator("main")).not.toContainText("Saturdays");
  await expect(r.getByText("Last updated:")).toContainText("Version 1");

  // The source is re-verified (its access date moves to today), the section goes through review again.
  const freshness = new FreshnessPage(a.page);
  await freshness.goto();
  await freshness.cell("BW", SECTION).getByRole("link").click();
  await freshness.reverify(EVIL_TITLE);
  await editorA.goto(sectionUrl);
  expect(await submitSection(a.page, "Opening days; source re-verified")).toBe(2);
  await approveLatest(b.context.request, "bw", sectionId);
  await dialog.open("bw");
  await expect(dialog.dialog()).toContainText("approved revision 2");
  expect(await dialog.publish("Opening days and a re-verified source.")).toBe(2);

  // The reader sees version 2; history lists both; compare shows the text and the access date change.
  await r.goto("/profiles/bw");
  await expect(r.getByText("Last updated:")).toContainText("Version 2");
  await expect(r.locator("main")).toContainText("Offices also open on Saturdays.");
  await r.getByRole("link", { name: "History" }).click();
  await expect(r).toHaveURL(/\/profiles\/bw\/history$/);
  await expect(r.locator("main")).toContainText("First version of the Botswana profile.");
  await expect(r.locator("main")).toContainText("Opening days and a re-verified source.");
  await r.goto("/profiles/bw/compare/1...2");
  await expect(r.locator("main ins").filter({ hasText: "Saturdays" })).toHaveCount(1);
  await expect(r.getByRole("region", { name: "Notes" })).toContainText(/access date changed from .+ to /);

  // An old citation's #anchor still lands on its paragraph in version 2.
  await r.goto(`/profiles/bw/v/2#${oldAnchor}`);
  await expect(r.locator(`[id="${oldAnchor}"]`)).toContainText("Residents register at district offices");
  await expect(r.locator("p:target")).toContainText("Residents register at district offices");
  // Version 1 stays as it was.
  await r.goto("/profiles/bw/v/1");
  await expect(r.locator("main")).not.toContainText("Saturdays");

  // Public search finds the paragraph and opens at it.
  await r.goto("/profiles/search?q=saturdays");
  await expect(r.locator("main mark").first()).toHaveText(/Saturdays/i);
  await r.getByRole("link", { name: `Botswana — ${SECTION}` }).click();
  await expect(r.locator("p:target")).toContainText("Saturdays");
  await r.context().close();

  // Signed in, search also covers drafts and the source registry; a bad query says why.
  await publisher.page.goto("/search?q=saturdays");
  await expect(publisher.page.getByRole("region", { name: "Published" }).getByRole("link", { name: `Botswana — ${SECTION}` })).toBeVisible();
  await expect(publisher.page.getByRole("region", { name: "Drafts" }).getByRole("link", { name: `Botswana — ${SECTION}` })).toBeVisible();
  await publisher.page.goto("/search?q=omang+register");
  await expect(publisher.page.getByRole("region", { name: "Sources" })).toContainText(`<img src=x onerror="window.pwned=1">`);
  expect(await publisher.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await publisher.page.goto("/search?q=x");
  await expect(publisher.page.getByRole("alert").filter({ hasText: "at least 2 characters" })).toBeVisible();
});
