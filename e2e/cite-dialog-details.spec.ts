import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { CiteDialog } from "./pages/cite-dialog";
import { CountriesPage } from "./pages/countries-page";
import { SectionEditorPage } from "./pages/section-editor";

/** One profile (Comoros) for the whole file, created by whichever test comes first; each test opens its first section. */
async function openSection(page: Page) {
  const existing = await page.request.get("/countries/km");
  if (existing.status() === 404) {
    const countries = new CountriesPage(page);
    await countries.goto();
    await countries.createProfile("KM");
    await expect(page).toHaveURL(/\/countries\/km$/);
  }
  const editor = new SectionEditorPage(page);
  await editor.openFirstSection("km", "Digital ID Overview");
  return editor;
}

test.describe.configure({ mode: "serial" });

test("a pasted bare URL asks for a title instead of becoming it; the check flags a title that is a URL", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  const editor = await openSection(page);
  await editor.typeAtEnd("The register went live in 2025.");
  const cite = new CiteDialog(page);
  await cite.open();
  const url = `https://example.org/km/register-${Date.now()}`;
  await cite.paste(url);
  await expect(cite.dialog.getByRole("alert")).toContainText("has no title");
  await expect(cite.chosen().getByText(url)).toHaveCount(0);
  const title = cite.dialog.getByLabel("Title of the source");
  await expect(title).toBeFocused();
  await title.fill("Comoros Civil Register Launch");
  await cite.dialog.getByRole("button", { name: "Read source" }).click();
  await expect(cite.chosen().getByText("Comoros Civil Register Launch", { exact: true })).toBeVisible();
  await cite.insert();

  // A source typed in with a URL for its title (as a pasted URL used to become) is reported.
  await editor.typeAtEnd(" It covers all islands.");
  await cite.open();
  const urlTitle = `https://example.org/km/islands-${Date.now()}`;
  await cite.addByHand(urlTitle, urlTitle);
  await cite.insert();
  await expect(page.getByRole("list", { name: "Citation problems" })).toContainText("url-as-title");
});

test("the Remove button stays inside the dialog next to a long title", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  await openSection(page);
  const cite = new CiteDialog(page);
  await cite.open();
  const long = `Report-without-any-spaces-${"x".repeat(120)}-${Date.now()}`;
  await cite.addByHand(long, `https://example.org/km/long-${Date.now()}`);
  const remove = cite.chosen().getByRole("button", { name: `Remove ${long}` });
  await expect(remove).toBeVisible();
  const box = (await remove.boundingBox())!;
  const dialog = (await cite.dialog.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(dialog.x + dialog.width);
  await expect(cite.dialog).toHaveJSProperty("scrollWidth", await cite.dialog.evaluate((el) => el.clientWidth));
});

test("the registry says it is loading, not empty, until sources arrive", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  await openSection(page);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/sources\?/, async (route) => {
    await gate;
    await route.continue();
  });
  const cite = new CiteDialog(page);
  await cite.open();
  await expect(cite.dialog.getByRole("status")).toHaveText("Loading sources…");
  await expect(cite.dialog.getByText(/The registry is empty/)).toHaveCount(0);
  release();
  await expect(cite.dialog.getByRole("list", { name: "Registry sources" })).toBeVisible();
  await expect(cite.dialog.getByText("Loading sources…")).toHaveCount(0);
});

test("removing the source clears its access-date error", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  await openSection(page);
  const cite = new CiteDialog(page);
  await cite.open();
  const title = `Undated Source ${Date.now()}`;
  await cite.addByHand(title, `https://example.org/km/undated-${Date.now()}`);
  await cite.chosen().getByLabel("Accessed").fill("");
  await cite.dialog.getByRole("button", { name: "Insert footnote" }).click();
  await expect(cite.dialog.getByRole("alert")).toContainText("Access date is required");
  await cite.chosen().getByRole("button", { name: `Remove ${title}` }).click();
  await expect(cite.dialog.getByRole("alert")).toHaveCount(0);
});

test("after Read source the access date has focus; Escape gives focus back to the Cite button", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  await openSection(page);
  const cite = new CiteDialog(page);
  await cite.open();
  await cite.paste(`@report{km${Date.now()},\n  title = {Comoros Identity Strategy},\n  year = {2024},\n  url = {https://example.org/km/strategy-${Date.now()}}\n}`);
  await expect(cite.chosen().getByText("Comoros Identity Strategy")).toBeVisible();
  await expect(cite.chosen().getByLabel("Accessed")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(cite.dialog).toBeHidden();
  await expect(cite.button()).toBeFocused();
});
