import { expect, type Locator, type Page } from "@playwright/test";

/** The Publish dialog on a profile's workspace page (/countries/[iso]). */
export class PublishDialogPage {
  constructor(private readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole("dialog", { name: /^Publish version \d+$/ });
  }

  gate(): Locator {
    return this.dialog().getByRole("region", { name: "Publish gate" });
  }

  publishButton(): Locator {
    return this.dialog().getByRole("button", { name: /^Publish version \d+( anyway)?$/ });
  }

  async open(iso: string) {
    await this.page.goto(`/countries/${iso}`);
    await this.page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(this.dialog()).toBeVisible();
  }

  /** Fills the changelog (and an admin's override reason) and publishes; returns the published version's number. */
  async publish(changelog: string, overrideReason?: string): Promise<number> {
    await this.dialog().getByLabel("Changelog (required)").fill(changelog);
    if (overrideReason !== undefined) await this.dialog().getByLabel(/^Reason to publish over the citation policy/).fill(overrideReason);
    await this.publishButton().click();
    const done = this.dialog().getByText(/^Published version \d+\./);
    await expect(done).toBeVisible();
    return Number(/version (\d+)/.exec((await done.textContent()) ?? "")![1]);
  }
}
