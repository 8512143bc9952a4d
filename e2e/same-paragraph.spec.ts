import { expect, test } from "./fixtures";
import { SectionEditorPage, profileSection } from "./pages/section-editor";

// Issue 17: two people typing at once in one paragraph must each find their words intact, in both browsers.
test("two people typing at once in one paragraph keep each other's words intact", async ({ pageAs }) => {
  const researcher = await pageAs("researcher");
  const editorUser = await pageAs("editor");
  const { editor: r, url } = await profileSection(researcher.page, "pg");
  const e = new SectionEditorPage(editorUser.page);
  await e.goto(url);

  await r.typeAtEnd("Alpha beta gamma delta.");
  await expect(e.textbox()).toContainText("Alpha beta gamma delta.");
  // The researcher's caret goes right after "gamma"; the editor's to the start of the same paragraph.
  await r.page.keyboard.press("End");
  for (let i = 0; i < " delta.".length; i++) await r.page.keyboard.press("ArrowLeft");
  await e.textbox().click();
  await e.page.keyboard.press("Control+End");
  await e.page.keyboard.press("Home");

  const mine = " researcher words inserted after gamma";
  const theirs = "Editor prefix words. ";
  await Promise.all([r.page.keyboard.type(mine, { delay: 60 }), e.page.keyboard.type(theirs, { delay: 60 })]);

  const expected = `${theirs}Alpha beta gamma${mine} delta.`;
  await expect(r.textbox()).toContainText(expected);
  await expect(e.textbox()).toContainText(expected);
  await expect(r.status()).toHaveText("Saved");
  await researcher.page.reload();
  await expect(new SectionEditorPage(researcher.page).textbox()).toContainText(expected);
});
