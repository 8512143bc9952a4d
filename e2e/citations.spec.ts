import { expect, test } from "./fixtures";
import { CiteDialog } from "./pages/cite-dialog";
import { SectionEditorPage, profileSection } from "./pages/section-editor";

const marker = (page: import("@playwright/test").Page, n: number) => new SectionEditorPage(page).textbox().getByLabel(new RegExp(`^Footnote ${n}:`));
const notes = (page: import("@playwright/test").Page) => page.getByRole("list", { name: "Footnotes in this section" }).getByRole("listitem");

test("cite a source: footnote 1, then the same source again is ibid.", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  const { editor } = await profileSection(page, "NZ");
  await editor.typeAtEnd("The national digital identity scheme began in 2024.");
  const cite = new CiteDialog(page);
  await cite.open();
  await cite.addByHand("Digital Identity Services Trust Framework Act 2023", "https://example.org/nz/trust-framework");
  await cite.insert();
  await expect(marker(page, 1)).toBeVisible();
  await expect(notes(page).first()).toContainText("‘Digital Identity Services Trust Framework Act 2023’ <https://example.org/nz/trust-framework> accessed");

  await editor.typeAtEnd(" It is voluntary.");
  await cite.open();
  await cite.pickFromRegistry("Digital Identity Services Trust Framework Act 2023");
  await cite.insert();
  await expect(marker(page, 2)).toBeVisible();
  await expect(notes(page).nth(1)).toHaveText(/^2\.\s*ibid\.$/);
  await expect(editor.status()).toContainText("Saved");
});

test("a co-editor in another section sees the renumbering live", async ({ pageAs }) => {
  // Several browsers and many steps: on a busy machine (load 25 on 2 cores) this took over the default 60 s.
  test.setTimeout(120_000);
  const a = await pageAs("researcher");
  const { editor: editorA } = await profileSection(a.page, "FJ");
  const citeA = new CiteDialog(a.page);
  await editorA.typeAtEnd("Birth registration is near universal.");
  await citeA.open();
  await citeA.addByHand("Civil Registration Report", "https://example.org/fj/crvs");
  await citeA.insert();
  await expect(marker(a.page, 1)).toBeVisible();

  const b = await pageAs("researcher");
  const editorB = new SectionEditorPage(b.page);
  await b.page.goto("/countries/fj");
  await b.page.getByRole("link", { name: "Edit Data Protection" }).click();
  await expect(editorB.textbox()).toBeVisible();
  await editorB.typeAtEnd("A data protection bill is pending.");
  const citeB = new CiteDialog(b.page);
  await citeB.open();
  await citeB.addByHand("Data Protection Bill", "https://example.org/fj/dp-bill");
  await citeB.insert();
  await expect(marker(b.page, 2)).toBeVisible();

  await editorA.textbox().click();
  await a.page.keyboard.press("Control+Home");
  await citeA.open();
  await citeA.addByHand("Digital ID Overview Note", "https://example.org/fj/overview");
  await citeA.insert();
  await expect(marker(b.page, 3)).toBeVisible();
  await expect(marker(b.page, 2)).toHaveCount(0);
});

test("paste BibTeX and RIS to get sources", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  await profileSection(page, "TO");
  const cite = new CiteDialog(page);
  await cite.open();
  await cite.paste("@report{unhcr2024,\n  title = {Good Practices on Nationality and Digital Identity},\n  institution = {UNHCR},\n  year = {2024},\n  url = {https://example.org/unhcr/good-practices}\n}");
  await expect(cite.chosen().getByText("Good Practices on Nationality and Digital Identity")).toBeVisible();
  await cite.paste("TY  - JOUR\nTI  - Legal Identity for All\nT2  - Journal of Identity\nPY  - 2023\nUR  - https://example.org/journal/legal-identity\nER  - \n");
  await expect(cite.chosen().getByText("Legal Identity for All")).toBeVisible();
  await cite.insert();
  await expect(notes(page).first()).toContainText("Good Practices on Nationality and Digital Identity");
  await expect(notes(page).first()).toContainText("Legal Identity for All");
});

test("a title with markup shows as text and runs no script", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const { editor } = await profileSection(page, "WS");
  const title = "<img src=x onerror=alert(1)>";
  const cite = new CiteDialog(page);
  await cite.open();
  await cite.addByHand(title, "https://example.org/ws/xss");
  await cite.insert();
  await expect(notes(page).first()).toContainText(`‘${title}’`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(editor.status()).toContainText("Saved");
  await page.goto("/countries/ws");
  await expect(page.getByRole("list", { name: "Footnotes" })).toContainText(title);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("the citation check flags an old access date and jumps to the note in its section", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  const { editor, url: firstSection } = await profileSection(page, "KI");
  await editor.typeAtEnd("Most births are registered within a year.");
  const cite = new CiteDialog(page);
  await cite.open();
  await cite.addByHand("Vital Statistics Report 2019", "https://example.org/ki/vital-2019");
  await cite.chosen().getByLabel("Accessed").fill("2020-01-15");
  await cite.insert();
  await expect(marker(page, 1)).toBeVisible();
  await expect(editor.status()).toContainText("Saved");

  await page.goto("/countries/ki");
  await page.getByRole("link", { name: "Edit Data Protection" }).click();
  const problems = page.getByRole("list", { name: "Citation problems" });
  await expect(problems).toContainText("stale-access-date");
  await problems.getByRole("button", { name: "Go to note 1 (Digital ID Overview)" }).click();
  await expect(page).toHaveURL(new RegExp(`^${firstSection.replace(/[.?]/g, "\\$&")}#note-`));
  const selected = '.ProseMirror-selectednode[aria-label^="Footnote 1:"], .ProseMirror-selectednode [aria-label^="Footnote 1:"]';
  await expect(editor.textbox().locator(selected)).toBeVisible();
});
