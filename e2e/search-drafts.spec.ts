import { expect, test } from "./fixtures";
import { SectionEditorPage } from "./pages/section-editor";

test("signed-in search: a draft hit opens the editor at its paragraph; sources are found by URL", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  await page.goto("/search?q=twelve-digit");
  const hit = page.getByRole("region", { name: "Drafts" }).getByRole("link", { name: /^Japan — / }).first();
  await expect(hit).toHaveAttribute("href", /^\/countries\/jp\/sections\/[0-9a-f-]{36}#p-[A-Za-z0-9_-]+$/);
  const block = /#p-(.+)$/.exec((await hit.getAttribute("href"))!)![1]!;
  await hit.click();
  const editor = new SectionEditorPage(page);
  await expect(editor.textbox()).toBeVisible();
  const paragraph = editor.textbox().locator(`[data-id="${block}"]`);
  await expect(paragraph).toContainText("twelve-digit");
  await expect(paragraph).toBeInViewport();
  // The caret is in that paragraph.
  await expect.poll(() => page.evaluate(() => {
    const node = window.getSelection()?.anchorNode ?? null;
    const element = node && node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
    return (element?.closest("[data-id]") as HTMLElement | null)?.dataset.id ?? null;
  })).toBe(block);

  await page.goto("/search?q=kojinbango-card.go.jp");
  await expect(page.getByRole("region", { name: "Sources" })).toContainText("My Number Card General Site");
});
