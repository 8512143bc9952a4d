import { expect, test } from "./fixtures";
import { CiteDialog } from "./pages/cite-dialog";
import { CountriesPage } from "./pages/countries-page";
import { FreshnessPage } from "./pages/freshness-page";
import { PublishDialogPage } from "./pages/publish-dialog";
import { approveLatest } from "./pages/review-page";
import { submitSection, profileSection } from "./pages/section-editor";
import { TemplatePage } from "./pages/template-page";

const SECTION = "Digital ID Overview";

test("a stale citation shows in the matrix; re-verifying it changes the cell's colour and numbers", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  // Only a note whose marker is in the text counts: cite it in the editor.
  const { editor } = await profileSection(page, "mw", SECTION);
  await editor.typeAtEnd("Malawi rolled out its national ID card.");
  const cite = new CiteDialog(page);
  await cite.open();
  await cite.addByHand("Malawi ID card rollout report", "https://example.org/mw-rollout");
  await cite.chosen().getByLabel("Accessed").fill("2020-01-15");
  await cite.insert();
  await expect(editor.status()).toContainText("Saved");

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

test("the publish gate blocks a stale footnote; an admin publishes over it with a reason that shows in history", async ({ pageAs }) => {
  test.setTimeout(180_000);
  const TITLE = "Lesotho civil registration review";
  const REASON = "The 2020 review is the only official source; a newer one is due next quarter.";
  const a = await pageAs("researcher");
  const { editor, url: sectionUrl } = await profileSection(a.page, "ls", SECTION);
  const sectionId = /sections\/([0-9a-f-]{36})/.exec(sectionUrl)![1]!;
  await editor.typeAtEnd("Lesotho issues national ID cards at birth registration.");
  const cite = new CiteDialog(a.page);
  await cite.open();
  await cite.addByHand(TITLE, "https://example.org/ls/crvs");
  await cite.dialog.getByLabel("Accessed").fill("2020-01-15");
  await cite.insert();
  await submitSection(a.page);

  const e = await pageAs("editor");
  await approveLatest(e.context.request, "ls", sectionId);

  // An editor is refused by the route (409 with the footnote) and cannot press Publish in the dialog.
  const refused = await e.context.request.post("/api/profiles/ls/versions", { data: { changelog: "First version" } });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { footnotes: { number: number; kind: string }[] }).footnotes).toEqual([expect.objectContaining({ number: 1, kind: "stale-access-date" })]);
  const editorDialog = new PublishDialogPage(e.page);
  await editorDialog.open("ls");
  await expect(editorDialog.gate()).toContainText(`Footnote 1: ‘${TITLE}’ was last accessed on 2020-01-15`);
  await expect(editorDialog.gate()).toContainText("only an admin can publish over them");
  await expect(editorDialog.publishButton()).toBeDisabled();

  // An admin publishes anyway with a written reason; the public history shows it on that version.
  const admin = await pageAs("admin");
  const adminDialog = new PublishDialogPage(admin.page);
  await adminDialog.open("ls");
  await expect(adminDialog.gate()).toContainText(`Footnote 1: ‘${TITLE}’`);
  expect(await adminDialog.publish("First version", REASON)).toBe(1);
  await admin.page.goto("/profiles/ls/history");
  await expect(admin.page.getByRole("row", { name: /Version 1/ })).toContainText(`Published over the citation policy: ${REASON}`);
});

test("a 15-section template fits a 1,400 px window: the matrix scrolls sideways in a keyboard region, the country column stays", async ({ pageAs }) => {
  test.setTimeout(180_000);
  const { page: adminPage } = await pageAs("admin");
  await new TemplatePage(adminPage).withSections(15, "Wide topic", async () => {
    const { page } = await pageAs("researcher");
    await page.setViewportSize({ width: 1400, height: 900 });
    const countries = new CountriesPage(page);
    await countries.goto();
    await countries.createProfile("zm");
    await expect(page).toHaveURL(/\/countries\/zm$/);

    const freshness = new FreshnessPage(page);
    await freshness.goto();
    await expect(freshness.cell("ZM", "Wide topic 15")).toBeAttached();
    // The page itself never scrolls sideways; the matrix does, inside its region.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1400);
    const region = page.getByRole("region", { name: "Freshness matrix (scrolls sideways)" });
    const widths = await region.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    const country = page.getByRole("rowheader", { name: "Zambia" });
    // With the whole suite's countries the row can be below the window: bring it up (the page scrolls only down).
    await country.scrollIntoViewIfNeeded();
    const before = await country.boundingBox();
    // Keyboard: the region takes focus and arrow keys scroll it.
    await region.focus();
    await expect(region).toBeFocused();
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(() => region.evaluate((el) => el.scrollLeft + el.clientWidth)).toBeGreaterThanOrEqual(widths.scroll - 1);
    // The country column has not moved sideways, and the last section's cell is now in view beside it (focusing
    // the region may have scrolled the page down to its top; the row is brought back up first).
    await country.scrollIntoViewIfNeeded();
    expect((await country.boundingBox())?.x).toBe(before?.x);
    await expect(freshness.cell("ZM", "Wide topic 15")).toBeInViewport();
    const last = await freshness.cell("ZM", "Wide topic 15").boundingBox();
    expect(last!.x).toBeGreaterThan(before!.x + before!.width - 1);
  });
});
