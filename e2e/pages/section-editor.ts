import { expect, type Page } from "@playwright/test";
import { CountriesPage } from "./countries-page";

/** The live section editor at /countries/[iso]/sections/[sectionId]. */
export class SectionEditorPage {
  constructor(readonly page: Page) {}

  textbox() {
    return this.page.getByRole("textbox", { name: "Section text" });
  }

  /**
   * The section's whole text as the editor holds it. textContent, not innerText: paragraphs off screen are skipped
   * (content-visibility), and innerText leaves them out.
   */
  async text(): Promise<string> {
    return (await this.textbox().textContent()) ?? "";
  }

  status() {
    return this.page.getByTestId("connection-status");
  }

  /** A co-editor's caret, found by the name on its label. */
  caret(name: string) {
    return this.page.locator(`[data-testid="remote-caret"][data-name="${name}"]`);
  }

  whoIsHere() {
    return this.page.getByRole("list", { name: "People in this section" });
  }

  async goto(url: string) {
    await this.page.goto(url);
    await expect(this.textbox()).toBeVisible();
  }

  /** Opens the first section of a profile from its page and returns the editor's URL. */
  async openFirstSection(iso: string, title: string): Promise<string> {
    await this.page.goto(`/countries/${iso}`);
    await this.page.getByRole("link", { name: new RegExp(`^(Edit|Open) ${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }).click();
    await expect(this.textbox()).toBeVisible();
    return this.page.url();
  }

  async typeAtEnd(text: string) {
    await this.textbox().click();
    await this.page.keyboard.press("Control+End");
    await this.page.keyboard.type(text);
  }
}

/** Submits the open section for review from its page; returns the new revision's number. */
export async function submitSection(page: Page, note = ""): Promise<number> {
  await expect(page.getByTestId("connection-status")).toContainText("Saved");
  const bar = page.getByRole("region", { name: "Review" });
  await bar.getByRole("button", { name: "Submit for review" }).click();
  const form = bar.getByRole("form", { name: "Submit for review" });
  if (note) await form.getByLabel("Note to reviewers (optional)").fill(note);
  await form.getByRole("button", { name: "Submit" }).click();
  const status = bar.getByRole("status");
  await expect(status).toContainText("Submitted as revision");
  return Number(/revision (\d+)/.exec((await status.textContent()) ?? "")![1]);
}

/**
 * Creates the profile of `iso` from the countries page (as the page's user) and opens its section `title` (the
 * template's first by default); returns the editor and the section's URL.
 */
export async function profileSection(page: Page, iso: string, title = "Digital ID Overview"): Promise<{ editor: SectionEditorPage; url: string }> {
  const countries = new CountriesPage(page);
  await countries.goto();
  await countries.createProfile(iso);
  await expect(page).toHaveURL(new RegExp(`/countries/${iso.toLowerCase()}$`));
  const editor = new SectionEditorPage(page);
  return { editor, url: await editor.openFirstSection(iso.toLowerCase(), title) };
}
