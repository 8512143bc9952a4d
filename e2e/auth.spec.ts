import { E2E_ADMIN } from "./demo-admin";
import { expect, signIn, test } from "./fixtures";
import { CountriesPage } from "./pages/countries-page";
import { LoginPage } from "./pages/login-page";

test.describe("sign-in", () => {
  test("the demo researcher signs in through the form and sees the demo profile", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn("researcher@demo.folio.test", E2E_ADMIN.password);
    await expect(page).toHaveURL(/\/countries$/);
    await expect(new CountriesPage(page).profileLink("Japan")).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toContainText("researcher");
  });

  test("a wrong password and an unknown user each get a clear error", async ({ page, createUser }) => {
    const user = await createUser("viewer");
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(user.email, "not the password");
    await expect(login.error()).toHaveText("Email or password is incorrect.");
    await login.signIn("nobody-here@e2e.folio.test", "whatever-password");
    await expect(login.error()).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the sixth failure in a row is refused with a throttling message", async ({ page, createUser }) => {
    const user = await createUser("viewer");
    const login = new LoginPage(page);
    await login.goto();
    for (let i = 0; i < 5; i++) {
      await login.signIn(user.email, `wrong-${i}`);
      await expect(login.error()).toHaveText("Email or password is incorrect.");
    }
    await login.signIn(user.email, user.password);
    await expect(login.error()).toContainText("Too many failed sign-in attempts");
  });

  test("signing out ends the session, even for a copy of the old cookie", async ({ browser, createUser }) => {
    const user = await createUser("researcher");
    const context = await browser.newContext();
    await signIn(context.request, user.email, user.password);
    const stolen = await context.cookies();
    const page = await context.newPage();
    await new CountriesPage(page).goto();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/countries");
    await expect(page).toHaveURL(/\/login/);

    const replay = await browser.newContext();
    await replay.addCookies(stolen);
    const again = await replay.newPage();
    await again.goto("/countries");
    await expect(again).toHaveURL(/\/login/);
    await replay.close();
    await context.close();
  });

  test("disabling a user or changing their role takes effect on their next request", async ({ pageAs, admin }) => {
    const { page, user } = await pageAs("researcher");
    const countries = new CountriesPage(page);
    await countries.goto();
    await expect(countries.newProfileForm()).toBeVisible();

    expect((await admin.patch("/api/admin/users", { data: { userId: user.id, role: "viewer" } })).status()).toBe(200);
    await countries.goto();
    await expect(countries.newProfileForm()).toHaveCount(0);
    await expect(page.getByTestId("signed-in-as")).toContainText("viewer");

    expect((await admin.patch("/api/admin/users", { data: { userId: user.id, disabled: true } })).status()).toBe(200);
    await page.goto("/countries");
    await expect(page).toHaveURL(/\/login/);
  });
});
