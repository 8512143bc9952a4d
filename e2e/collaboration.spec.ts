import { expect, test } from "./fixtures";
import { SectionEditorPage, profileSection } from "./pages/section-editor";

const occurrences = (text: string, part: string) => text.split(part).length - 1;

test("two researchers co-edit a section live, a viewer watches read-only, and a reload shows every word once", async ({ pageAs }) => {
  // Several browsers and many steps: on a busy machine (load 25 on 2 cores) this took over the default 60 s.
  test.setTimeout(120_000);
  const alpha = await pageAs("researcher");
  const bravo = await pageAs("researcher");
  const viewer = await pageAs("viewer");

  const { editor: a, url } = await profileSection(alpha.page, "tv");
  const b = new SectionEditorPage(bravo.page);
  await b.goto(url);
  const v = new SectionEditorPage(viewer.page);
  await v.goto(url);

  await a.typeAtEnd("Alpha writes here.");
  await expect(b.textbox()).toContainText("Alpha writes here.");
  await b.typeAtEnd(" Bravo adds this.");
  await expect(a.textbox()).toContainText("Alpha writes here. Bravo adds this.");

  await expect(a.caret(bravo.user.name)).toBeVisible();
  await expect(b.caret(alpha.user.name)).toBeVisible();
  await expect(a.whoIsHere()).toContainText(bravo.user.name);
  await expect(a.whoIsHere()).toContainText(viewer.user.name);

  await expect(v.textbox()).toContainText("Alpha writes here. Bravo adds this.");
  await expect(v.textbox()).toHaveAttribute("contenteditable", "false");
  await expect(v.status()).toContainText("read-only");
  await v.textbox().click();
  await viewer.page.keyboard.type("Viewer was here");
  await a.typeAtEnd(" Live.");
  await expect(v.textbox()).toContainText("Bravo adds this. Live.");
  await expect(v.textbox()).not.toContainText("Viewer was here");

  await expect(a.status()).toHaveText("Saved");
  await expect(b.status()).toHaveText("Saved");
  for (const page of [alpha.page, bravo.page]) {
    await page.reload();
    const editor = new SectionEditorPage(page);
    await expect(editor.textbox()).toContainText("Live.");
    // The editor may open from this device's copy first: count once the server's copy is in.
    await expect(editor.status()).toHaveText("Saved");
    const text = await editor.text();
    expect(occurrences(text, "Alpha writes here.")).toBe(1);
    expect(occurrences(text, "Bravo adds this.")).toBe(1);
    expect(occurrences(text, "Live.")).toBe(1);
    expect(text).not.toContain("Viewer was here");
  }
});

test("undo takes back only your own typing, never a co-editor's", async ({ pageAs }) => {
  const alpha = await pageAs("researcher");
  const bravo = await pageAs("researcher");
  const { editor: a, url } = await profileSection(alpha.page, "nr");
  const b = new SectionEditorPage(bravo.page);
  await b.goto(url);

  await a.typeAtEnd("Mine.");
  await expect(b.textbox()).toContainText("Mine.");
  await b.typeAtEnd(" Theirs.");
  await expect(a.textbox()).toContainText("Mine. Theirs.");
  await a.textbox().click();
  await alpha.page.getByRole("button", { name: "Undo" }).click();
  await expect(a.textbox()).not.toContainText("Mine.");
  await expect(a.textbox()).toContainText("Theirs.");
  await expect(b.textbox()).not.toContainText("Mine.");
  await alpha.page.getByRole("button", { name: "Redo" }).click();
  await expect(b.textbox()).toContainText("Mine.");
  await expect(b.textbox()).toContainText("Theirs.");
});
