import { expect, type Page } from "@playwright/test";

export class FreshnessPage {
  constructor(private readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/freshness${query}`);
    await expect(this.page.getByRole("heading", { name: "Freshness", level: 1 })).toBeVisible();
  }

  /** The matrix cell of a country (ISO code) and a section title. */
  cell(iso: string, section: string) {
    return this.page.getByTestId(`cell-${iso}-${section}`);
  }

  citations() {
    return this.page.getByRole("table", { name: "Citations" });
  }

  async reverify(title: string) {
    await this.citations().getByRole("checkbox", { name: `Select ${title}` }).check();
    const form = this.page.getByRole("form", { name: "Re-verify" });
    await form.getByRole("radio", { name: "Still supports the text" }).check();
    await form.getByRole("button", { name: /Re-verify selected/ }).click();
    await expect(form.getByRole("status")).toContainText("Re-verified 1 citation");
  }
}
