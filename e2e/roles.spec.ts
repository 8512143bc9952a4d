import { expect, test, type Role } from "./fixtures";
import { CountriesPage } from "./pages/countries-page";

const expectations: Record<Role, { createProfile: boolean; users: boolean; template: boolean }> = {
  viewer: { createProfile: false, users: false, template: false },
  researcher: { createProfile: true, users: false, template: false },
  editor: { createProfile: true, users: false, template: false },
  admin: { createProfile: true, users: true, template: true },
};

for (const [role, may] of Object.entries(expectations) as [Role, (typeof expectations)[Role]][]) {
  test(`a ${role} sees what a ${role} may do, and not the rest`, async ({ pageAs }) => {
    const { page } = await pageAs(role);
    const countries = new CountriesPage(page);
    await countries.goto();
    await expect(countries.profileLink("Japan")).toBeVisible();
    await expect(countries.newProfileForm()).toHaveCount(may.createProfile ? 1 : 0);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(may.users ? 1 : 0);
    await expect(nav.getByRole("link", { name: "Template" })).toHaveCount(may.template ? 1 : 0);

    const usersPage = await page.goto("/admin/users");
    expect(usersPage?.status()).toBe(may.users ? 200 : 403);
    await expect(page.getByRole("heading", { name: may.users ? "Users" : "Not allowed", level: 1 })).toBeVisible();
    const api = await page.request.get("/api/admin/users");
    expect(api.status()).toBe(may.users ? 200 : 403);

    await page.goto("/countries/jp");
    await expect(page.getByRole("heading", { name: "Japan", level: 1 })).toBeVisible();
  });
}

test("the public reader sees only the public site", async ({ page }) => {
  await page.goto("/countries");
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/profiles");
  await expect(page.getByRole("heading", { name: "Country profiles" })).toBeVisible();
  expect((await page.request.get("/api/admin/users")).status()).toBe(401);
});
