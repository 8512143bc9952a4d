import { expect, type Page } from "@playwright/test";

/** The account page (/account): change one's own password. */
export class AccountPage {
  constructor(private readonly page: Page) {}

  async expectOpen() {
    await expect(this.page).toHaveURL(/\/account$/);
    await expect(this.page.getByRole("heading", { name: "Change your password" })).toBeVisible();
  }

  async changePassword(current: string, next: string, repeat = next) {
    const form = this.page.getByRole("form", { name: "Change password" });
    await form.getByLabel("Current password").fill(current);
    await form.getByLabel("New password", { exact: true }).fill(next);
    await form.getByLabel("Repeat the new password").fill(repeat);
    await form.getByRole("button", { name: "Change password" }).click();
  }

  changed() {
    return this.page.getByRole("status").filter({ hasText: "Your password has been changed" });
  }

  fieldError(text: string | RegExp) {
    return this.page.getByRole("form", { name: "Change password" }).getByText(text);
  }
}
