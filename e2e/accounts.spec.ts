import { E2E_ADMIN } from "./demo-admin";
import { expect, signIn, test } from "./fixtures";
import { AccountPage } from "./pages/account-page";
import { CountriesPage } from "./pages/countries-page";
import { LoginPage } from "./pages/login-page";

const NEW_PASSWORD = "a brand new passphrase";

test.describe("accounts", () => {
  test("a user changes their own password: this session stays, the other ends, the old password is refused", async ({ browser, pageAs }) => {
    const { page, user } = await pageAs("researcher");
    const other = await browser.newContext();
    await signIn(other.request, user.email, user.password);
    const otherPage = await other.newPage();
    await new CountriesPage(otherPage).goto();

    await new CountriesPage(page).goto();
    await page.getByRole("link", { name: "Account" }).click();
    const account = new AccountPage(page);
    await account.expectOpen();
    await account.changePassword(user.password, NEW_PASSWORD, `${NEW_PASSWORD}!`);
    await expect(account.fieldError("The two new passwords differ.")).toBeVisible();
    await account.changePassword("not my password", NEW_PASSWORD);
    await expect(account.fieldError("The current password is incorrect.")).toBeVisible();
    await account.changePassword(user.password, NEW_PASSWORD);
    await expect(account.changed()).toBeVisible();

    await new CountriesPage(page).goto();
    await expect(page.getByTestId("signed-in-as")).toContainText(user.name);
    await otherPage.goto("/countries");
    await expect(otherPage).toHaveURL(/\/login/);

    const login = new LoginPage(otherPage);
    await login.goto();
    await login.signIn(user.email, user.password);
    await expect(login.error()).toHaveText("Email or password is incorrect.");
    await login.signIn(user.email, NEW_PASSWORD);
    await expect(otherPage).toHaveURL(/\/countries$/);
    await other.close();
  });

  test("an admin resets a password: shown once, old sessions end, and the user must change it at the next sign-in", async ({ browser, createUser }) => {
    const user = await createUser("editor");
    const userContext = await browser.newContext();
    await signIn(userContext.request, user.email, user.password);
    const userPage = await userContext.newPage();
    await new CountriesPage(userPage).goto();

    const adminContext = await browser.newContext();
    await signIn(adminContext.request, E2E_ADMIN.email, E2E_ADMIN.password);
    const adminPage = await adminContext.newPage();
    await adminPage.goto("/admin/users");
    await adminPage.getByRole("button", { name: `Reset password for ${user.email}` }).click();
    const temporary = (await adminPage.getByTestId("temporary-password").textContent())!.trim();
    expect(temporary.length).toBeGreaterThanOrEqual(10);
    await adminPage.reload();
    await expect(adminPage.getByTestId("temporary-password")).toHaveCount(0);
    await expect(adminPage.getByRole("row").filter({ hasText: user.email })).toContainText("Must change password");

    // The user's open session ended with the reset.
    await userPage.goto("/countries");
    await expect(userPage).toHaveURL(/\/login/);
    const login = new LoginPage(userPage);
    await login.goto();
    await login.signIn(user.email, user.password);
    await expect(login.error()).toHaveText("Email or password is incorrect.");
    await login.signIn(user.email, temporary);

    // Every page leads to the change form, and nothing else is allowed, JSON routes included.
    const account = new AccountPage(userPage);
    await account.expectOpen();
    await expect(userPage.getByText("An admin reset your password.")).toBeVisible();
    await userPage.goto("/review");
    await account.expectOpen();
    await userPage.goto("/countries/JP");
    await account.expectOpen();
    const api = await userContext.request.get("/api/profiles/JP");
    expect(api.status()).toBe(403);
    expect(((await api.json()) as { error: string }).error).toMatch(/new password first/);

    await account.changePassword(temporary, NEW_PASSWORD);
    await expect(account.changed()).toBeVisible();
    await new CountriesPage(userPage).goto();
    await expect(userPage.getByTestId("signed-in-as")).toContainText("editor");
    expect((await userContext.request.get("/api/profiles/JP")).status()).toBe(200);

    // The temporary password no longer works; the new one does, without the detour.
    const fresh = await browser.newContext();
    const freshLogin = new LoginPage(await fresh.newPage());
    await freshLogin.goto();
    await freshLogin.signIn(user.email, temporary);
    await expect(freshLogin.error()).toHaveText("Email or password is incorrect.");
    await freshLogin.signIn(user.email, NEW_PASSWORD);
    const freshPage = fresh.pages()[0]!;
    await expect(freshPage).toHaveURL(/\/countries$/);
    await fresh.close();
    await userContext.close();
    await adminContext.close();
  });
});
