import { expect, test } from "./fixtures";
import { profileState } from "./publish-demo";
import { SectionEditorPage, profileSection } from "./pages/section-editor";

test("the section outline lists the profile's sections in template order with their status, and moves between them by keyboard and previous/next", async ({ pageAs }) => {
  test.setTimeout(90_000);
  const { page, context } = await pageAs("researcher");
  const sections = (await profileState(context.request, "jp")).sections;
  expect(sections.length).toBeGreaterThan(2);
  const [first, second, third] = sections as [(typeof sections)[0], (typeof sections)[0], (typeof sections)[0]];
  const editor = new SectionEditorPage(page);
  await editor.goto(`/countries/jp/sections/${second.id}`);

  const outline = page.getByRole("navigation", { name: "Sections" });
  const entries = outline.getByRole("link");
  await expect(entries).toHaveCount(sections.length);
  // Template order, each entry with its status in words.
  for (const [i, s] of sections.entries()) {
    await expect(entries.nth(i)).toContainText(s.title);
    await expect(entries.nth(i)).toContainText(/Draft|In review|Changes requested|Approved/);
  }
  await expect(outline.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(outline.locator('[aria-current="page"]')).toContainText(second.title);

  // Keyboard: from the current entry, Tab reaches the next one and Enter opens it.
  await outline.locator('[aria-current="page"]').focus();
  await page.keyboard.press("Tab");
  await expect(entries.nth(2)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/sections/${third.id}$`));
  await expect(editor.textbox()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(third.title);
  await expect(outline.locator('[aria-current="page"]')).toContainText(third.title);

  // Previous / next.
  const pager = page.getByRole("navigation", { name: "Previous and next section" });
  await pager.getByRole("link", { name: `Previous: ${second.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${second.id}$`));
  await page.getByRole("navigation", { name: "Previous and next section" }).getByRole("link", { name: `Previous: ${first.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${first.id}$`));
  await expect(page.getByRole("navigation", { name: "Previous and next section" }).getByRole("link", { name: /^Previous:/ })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Previous and next section" }).getByRole("link", { name: `Next: ${second.title}` })).toBeVisible();
});

test("the save chip and a co-editor's caret label cover no text", async ({ pageAs }) => {
  test.setTimeout(90_000);
  const a = await pageAs("researcher");
  const b = await pageAs("researcher");
  // A section of its own, long enough to scroll (the demo's sections change as other specs run).
  const { editor: editorA, url } = await profileSection(a.page, "GD");
  await editorA.typeAtEnd("Grenada's civil register is the base of its digital identity plans.");
  for (let i = 1; i <= 30; i++) {
    await a.page.keyboard.press("Enter");
    await a.page.keyboard.insertText(`Paragraph ${i} of a long section, written so that the page scrolls well past its toolbar.`);
  }
  await expect(editorA.status()).toHaveText("Saved");
  const editorB = new SectionEditorPage(b.page);
  await editorB.goto(url);
  await editorB.textbox().locator("p").nth(1).click();
  const caret = editorA.caret(b.user.name);
  await expect(caret).toBeVisible();

  // The caret's name label sits in the gap above its line, clear of the previous line's glyphs.
  const overlap = await caret.evaluate((el) => {
    const label = el.querySelector(".collaboration-carets__label")!.getBoundingClientRect();
    const editor = el.closest(".tiptap")!;
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    const hits: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.parentElement as HTMLElement).closest(".collaboration-carets__caret")) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.left < label.right && label.left < r.right && r.top < label.bottom - 0.5 && label.top + 0.5 < r.bottom) hits.push(n.textContent!.slice(0, 30));
      }
    }
    return hits;
  });
  expect(overlap).toEqual([]);
  // Off-screen paragraphs are skipped (content-visibility), which clips each paragraph to its box. On a paragraph's
  // first line the label reaches above the box; the paragraph's clip is widened, so the label is drawn whole.
  await editorB.textbox().locator("p").nth(2).click({ position: { x: 2, y: 4 } });
  const labelAndClip = () =>
    caret.evaluate((el) => {
      const p = el.closest("p");
      if (!p) return null;
      const style = getComputedStyle(p);
      const label = el.querySelector(".collaboration-carets__label")!.getBoundingClientRect();
      const box = p.getBoundingClientRect();
      const margin = parseFloat(style.overflowClipMargin) || 0;
      const clips = style.contentVisibility !== "visible" || style.contain !== "none" || style.overflow !== "visible";
      const inside = label.top >= box.top - margin && label.bottom <= box.bottom + margin && label.left >= box.left - margin && label.right <= box.right + margin;
      return { abovePara: label.top < box.top, drawnWhole: !clips || inside };
    });
  await expect.poll(labelAndClip).toEqual({ abovePara: true, drawnWhole: true });

  // Scrolled, the save state is in the sticky bar above the text, never over it.
  await a.page.setViewportSize({ width: 1280, height: 500 });
  await editorA.textbox().locator("p").last().scrollIntoViewIfNeeded();
  await a.page.mouse.wheel(0, 200);
  const chip = editorA.status();
  await expect(chip).toContainText("Saved");
  // The chip is part of the editor's opaque, full-width sticky bar: text scrolls under the whole bar, as under the
  // window's edge, and no line is left half-hidden beside a floating chip.
  const layout = await chip.evaluate((el) => {
    const bar = el.closest("[data-editor-bar]") as HTMLElement | null;
    const text = document.querySelector(".tiptap")!.getBoundingClientRect();
    if (!bar) return null;
    const box = bar.getBoundingClientRect();
    const style = getComputedStyle(bar);
    return { sticky: style.position === "sticky", opaque: style.backgroundColor === "rgb(255, 255, 255)", spans: box.left <= text.left + 0.5 && box.right >= text.right - 0.5, top: Math.round(box.top) };
  });
  expect(layout).toEqual({ sticky: true, opaque: true, spans: true, top: 0 });
  const hidden = await editorA.textbox().evaluate((editor) => {
    const bar = document.querySelector("[data-editor-bar]")!.getBoundingClientRect();
    // The first line below the bar is fully visible: nothing is drawn over it.
    const lines = [...editor.querySelectorAll("p")].map((p) => p.getBoundingClientRect()).filter((r) => r.bottom > bar.bottom);
    return document.elementFromPoint(lines[0]!.left + 20, Math.max(lines[0]!.top, bar.bottom) + 4)?.closest("[data-editor-bar]") !== null;
  });
  expect(hidden).toBe(false);
});
