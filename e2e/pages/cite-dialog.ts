import { expect, type Locator, type Page } from "@playwright/test";

/** The "Cite a source" dialog opened from the editor toolbar. */
export class CiteDialog {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole("dialog", { name: "Cite a source" });
  }

  /** The toolbar button that opens the dialog (focus returns to it on close). */
  button() {
    return this.page.getByRole("button", { name: "Cite source" });
  }

  async open() {
    await this.button().click();
    await expect(this.dialog).toBeVisible();
  }

  chosen() {
    return this.dialog.getByRole("region", { name: "Sources in this footnote" });
  }

  async addByHand(title: string, url: string) {
    await this.dialog.getByRole("tab", { name: "Enter by hand" }).click();
    await this.dialog.getByLabel("Title", { exact: true }).fill(title);
    await this.dialog.getByLabel("URL").fill(url);
    await this.dialog.getByRole("button", { name: "Add source" }).click();
    // A title like one already in the registry (another spec's) is a warning first: this helper adds it anyway.
    const anyway = this.dialog.getByRole("button", { name: "Add anyway" });
    await expect(this.chosen().getByText(title, { exact: true }).or(anyway)).toBeVisible();
    if (await anyway.isVisible()) await anyway.click();
    await expect(this.chosen().getByText(title, { exact: true })).toBeVisible();
  }

  async paste(text: string) {
    await this.dialog.getByRole("tab", { name: "Paste" }).click();
    await this.dialog.getByLabel("BibTeX, RIS, CSL-JSON, a DOI or a URL").fill(text);
    await this.dialog.getByRole("button", { name: "Read source" }).click();
  }

  async pickFromRegistry(title: string) {
    await this.dialog.getByRole("tab", { name: "Find" }).click();
    await this.dialog.getByRole("searchbox").fill(title);
    await this.dialog.getByRole("button", { name: `Use ${title}` }).click();
    await expect(this.chosen().getByText(title, { exact: true })).toBeVisible();
  }

  async insert() {
    await this.dialog.getByRole("button", { name: "Insert footnote" }).click();
    await expect(this.dialog).toBeHidden();
  }
}
