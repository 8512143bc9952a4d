import { expect, type Locator, type Page } from "@playwright/test";

/** The small access date / pinpoint editor a footnote marker opens in the section editor. */
export class FootnoteEditor {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole("dialog", { name: "Edit footnote" });
  }

  /** The marker of footnote n, as a button that opens this editor. */
  marker(n: number) {
    return this.page.getByRole("textbox", { name: "Section text" }).getByRole("button", { name: new RegExp(`^Edit Footnote ${n}:`) });
  }

  async change({ accessed, pinpoint }: { accessed?: string; pinpoint?: string }) {
    await expect(this.dialog).toBeVisible();
    if (accessed !== undefined) await this.dialog.getByLabel("Accessed").fill(accessed);
    if (pinpoint !== undefined) await this.dialog.getByLabel("Pinpoint").fill(pinpoint);
    await this.dialog.getByRole("button", { name: "Save" }).click();
    await expect(this.dialog).toBeHidden();
  }
}
