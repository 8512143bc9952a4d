import { expect, test } from "./fixtures";

test("the workspace menu fetches a page ahead only when the pointer or focus reaches its link, not on sight", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  const fetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc")) fetched.push(url.pathname);
  });
  await page.goto("/countries");
  await page.waitForLoadState("networkidle");
  const menu = page.getByRole("navigation", { name: "Main" });
  await expect(menu.getByRole("link", { name: "Sources" })).toBeVisible();
  expect(fetched.filter((p) => p === "/sources" || p === "/search" || p === "/review")).toEqual([]);

  await menu.getByRole("link", { name: "Sources" }).hover();
  await expect.poll(() => fetched.includes("/sources")).toBe(true);
  await menu.getByRole("link", { name: "Search" }).focus();
  await expect.poll(() => fetched.includes("/search")).toBe(true);
  expect(fetched).not.toContain("/review");

  await menu.getByRole("link", { name: "Sources" }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
