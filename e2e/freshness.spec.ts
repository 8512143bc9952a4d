import { expect, test } from "./fixtures";
import { CountriesPage } from "./pages/countries-page";
import { FreshnessPage } from "./pages/freshness-page";

const SECTION = "Digital ID Overview";

test("a stale citation shows in the matrix; re-verifying it changes the cell's colour and numbers", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  const countries = new CountriesPage(page);
  await countries.goto();
  await countries.createProfile("mw");
  await page.goto("/countries/mw");
  const href = await page.getByRole("link", { name: SECTION }).first().getAttribute("href");
  const sectionId = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(href ?? "")?.[1];
  expect(sectionId, `no section link in ${href}`).toBeTruthy();

  const source = await page.request.post("/api/sources", { data: { mode: "manual", title: "Malawi ID card rollout report", url: "https://example.org/mw-rollout" } });
  expect(source.status(), await source.text()).toBe(200);
  const sourceId = ((await source.json()) as { sources: { id: string }[] }).sources[0]!.id;
  const cite = await page.request.post("/api/citations", { data: { sectionId, items: [{ sourceId, accessed: "2020-01-15" }] } });
  expect(cite.status(), await cite.text()).toBe(200);

  const freshness = new FreshnessPage(page);
  await freshness.goto();
  const cell = freshness.cell("MW", SECTION);
  await expect(cell).toHaveAttribute("data-tone", "stale");
  await expect(cell).toContainText("stale");
  await expect(cell).toContainText("1 cited");
  await expect(cell).not.toContainText("oldest 0 mo");

  const csv = await page.request.get("/freshness/export?country=MW&filter=stale");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain('"Malawi ID card rollout report","https://example.org/mw-rollout","2020-01-15"');

  await cell.getByRole("link").click();
  await expect(freshness.citations().getByRole("row", { name: /Malawi ID card rollout report/ }).getByTestId("accessed")).toHaveText("2020-01-15");
  await freshness.reverify("Malawi ID card rollout report");

  await expect(cell).toHaveAttribute("data-tone", "fresh");
  await expect(cell).toContainText("oldest 0 mo · median 0 mo");
  const row = freshness.citations().getByRole("row", { name: /Malawi ID card rollout report/ });
  await expect(row.getByTestId("accessed")).not.toHaveText("2020-01-15");
  await expect(row).toContainText("1× · history");
});

test("viewers see the dashboard but cannot re-verify; the progress stream needs a signed-in user", async ({ pageAs, playwright, baseURL }) => {
  const { page } = await pageAs("viewer");
  const freshness = new FreshnessPage(page);
  await freshness.goto("?filter=all");
  await expect(page.getByRole("form", { name: "Re-verify" })).toHaveCount(0);
  await expect(page.getByTestId("link-check-progress")).toContainText("LINK_CHECK=off");
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/link-checks/progress")).status()).toBe(401);
  expect((await anonymous.get("/freshness/export")).status()).toBe(401);
  await anonymous.dispose();
});
