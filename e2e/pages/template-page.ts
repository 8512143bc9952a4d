import { expect, type Page } from "@playwright/test";

/** The admin's template page (/admin/template). */
export class TemplatePage {
  constructor(private readonly page: Page) {}

  /**
   * Grows the template to `count` sections (titled "`prefix` n"), runs `body` with the titles it added, then removes
   * them again, whatever `body` did: other specs share the template.
   */
  async withSections<T>(count: number, prefix: string, body: (added: string[]) => Promise<T>): Promise<T> {
    await this.page.goto("/admin/template");
    const rows = this.page.getByRole("list", { name: "Template sections" }).getByRole("listitem");
    const initial = await rows.count();
    const added: string[] = [];
    try {
      for (let i = initial; i < count; i++) {
        const title = `${prefix} ${i + 1}`;
        await this.page.getByLabel("New section title").fill(title);
        await this.page.getByRole("button", { name: "Add section" }).click();
        await expect(rows).toHaveCount(i + 1);
        added.push(title);
      }
      return await body([...added]);
    } finally {
      for (const title of added.reverse()) {
        this.page.once("dialog", (d) => void d.accept());
        await this.page.getByRole("button", { name: `Remove ${title}` }).click();
      }
      await expect(rows).toHaveCount(initial);
    }
  }
}
