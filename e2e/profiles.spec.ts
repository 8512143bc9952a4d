import { expect, test } from "./fixtures";
import { CountriesPage } from "./pages/countries-page";

test("a researcher creates a profile and sees the template's sections in order", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  const countries = new CountriesPage(page);
  await countries.goto();
  await countries.createProfile("ke");
  await expect(page).toHaveURL(/\/countries\/ke$/);
  await expect(page.getByRole("heading", { name: "Kenya", level: 1 })).toBeVisible();
  const sections = page.getByRole("navigation", { name: "Sections" }).getByRole("listitem");
  await expect(sections).toHaveCount(6);
  await expect(sections.nth(0)).toContainText("Digital ID Overview");
  await expect(sections.nth(1)).toContainText("Law");
  await expect(sections.nth(3)).toContainText("Data Protection");
  await expect(page.getByRole("heading", { name: "International Commitments", level: 3 })).toBeVisible();

  await countries.goto();
  await expect(countries.profileLink("Kenya")).toBeVisible();
});

test("an invalid country code is a form error and creates nothing", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  const countries = new CountriesPage(page);
  await countries.goto();
  const before = await page.getByRole("row").count();
  await countries.createProfile("XZ");
  await expect(page.getByText("Country must be an ISO 3166-1 alpha-2 code")).toBeVisible();
  await expect(page.getByLabel("Country code")).toHaveAttribute("aria-invalid", "true");
  await countries.goto();
  await expect(page.getByRole("row")).toHaveCount(before);
});

test("an admin edits the template: add a nested section, rename and reorder it", async ({ pageAs }) => {
  const { page } = await pageAs("admin");
  await page.goto("/admin/template");
  const list = page.getByRole("list", { name: "Template sections" });
  const rows = list.getByRole("listitem");
  const initial = await rows.count();
  await page.getByLabel("New section title").fill("Courts and remedies");
  await page.getByLabel("Inside").selectOption({ label: "Law" });
  await page.getByRole("button", { name: "Add section" }).click();
  await expect(rows).toHaveCount(initial + 1);
  await expect(page.getByLabel("Title of Courts and remedies")).toHaveValue("Courts and remedies");
  await page.getByLabel("Title of Courts and remedies").fill("Remedies");
  await page.getByRole("button", { name: "Rename" }).nth(5).click();
  await expect(page.getByLabel("Title of Remedies")).toBeVisible();
  await page.getByRole("button", { name: "Move Remedies up" }).click();
  await expect(rows.nth(4).getByRole("textbox")).toHaveValue("Remedies");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Remove Remedies" }).click();
  await expect(rows).toHaveCount(initial);
});
