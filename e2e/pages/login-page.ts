import { expect, type Page } from "@playwright/test";

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/login");
    await expect(this.page.getByRole("heading", { name: "Sign in to Folio" })).toBeVisible();
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    const response = this.page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await this.page.getByRole("button", { name: "Sign in" }).click();
    await response;
  }

  error() {
    return this.page.getByRole("main").getByRole("alert");
  }
}
