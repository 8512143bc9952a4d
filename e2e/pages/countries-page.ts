import { expect, type Page } from "@playwright/test";

export class CountriesPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/countries");
    await expect(this.page.getByRole("heading", { name: "Countries", level: 1 })).toBeVisible();
  }

  profileLink(country: string) {
    return this.page.getByRole("link", { name: country });
  }

  newProfileForm() {
    return this.page.getByRole("form", { name: "New profile" });
  }

  async createProfile(code: string) {
    await this.page.getByLabel("Country code").fill(code);
    await this.page.getByRole("button", { name: "Create profile" }).click();
  }
}
