import { expect, test } from "./fixtures";
import { CiteDialog } from "./pages/cite-dialog";
import { FootnoteEditor } from "./pages/footnote-editor";
import { profileSection } from "./pages/section-editor";

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const notes = (page: import("@playwright/test").Page) => page.getByRole("list", { name: "Footnotes in this section" }).getByRole("listitem");

test("a footnote marker opens its access date and pinpoint editor by click or by Enter", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  const { editor } = await profileSection(page, "TL");
  await editor.typeAtEnd("Samoa is building a national digital ID.");
  const cite = new CiteDialog(page);
  await cite.open();
  await cite.addByHand("Timor-Leste Digital ID Act", "https://example.org/tl/act");
  await cite.chosen().getByLabel("Accessed").fill("2025-03-04");
  await cite.insert();
  const footnote = new FootnoteEditor(page);
  await expect(footnote.marker(1)).toBeVisible();

  // Click: change the pinpoint; the note shows it.
  await footnote.marker(1).click();
  await footnote.change({ pinpoint: "s 12" });
  await expect(notes(page).first()).toContainText("s 12");
  await expect(notes(page).first()).toContainText("accessed 4 March 2025");

  // Keyboard: select the marker with the arrow key, Enter opens the editor; change the access date.
  await editor.textbox().click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  const accessed = isoDaysAgo(3);
  await footnote.change({ accessed });
  const [y, m, d] = accessed.split("-").map(Number) as [number, number, number];
  const shown = `${d} ${new Date(Date.UTC(y, m - 1, d)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" })} ${y}`;
  await expect(notes(page).first()).toContainText(`accessed ${shown}`);
  // Enter on the marker opened the editor: it did not split the paragraph.
  await expect(editor.textbox().locator("p")).toHaveCount(1);

  // Escape closes it without saving; the change was stored (it survives a reload).
  await footnote.marker(1).click();
  await expect(footnote.dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(footnote.dialog).toBeHidden();
  await page.reload();
  await expect(notes(page).first()).toContainText(`s 12 <https://example.org/tl/act> accessed ${shown}`);
});
