import { expect, test } from "./fixtures";
import { ReviewPage } from "./pages/review-page";

// Seychelles ("sc") belongs to this spec alone.
const profile = (overview: string) =>
  [
    "flag",
    "",
    "Seychelles",
    "",
    "Last updated : March 3, 2026",
    "",
    "Digital ID Overview",
    "",
    `${overview}[1]`,
    "",
    "Residents register with the Civil Status Division.[2]",
    "",
    "Law",
    "",
    "Data Protection",
    "",
    "The Data Protection Act was passed in 2023.[3]",
    "",
    "1.^",
    "",
    "‘Seychelles National ID Overview’ <https://example.org/sc/national-id> accessed 10 January 2026.",
    "",
    "2.^",
    "",
    "‘Civil Status Division’ <https://example.org/sc/civil-status> accessed 10 January 2026.",
    "",
    "3.^",
    "",
    "‘Data Protection Act 2023’ <https://example.org/sc/dpa> accessed 10 January 2026.",
    "",
  ].join("\n");

test("an admin imports a file into the existing profile as a new draft: the changed section goes to review with a redline against the current text", async ({ pageAs }) => {
  const { page } = await pageAs("admin");
  const file = page.getByLabel("Profile file (.txt or .docx)");
  await page.goto("/admin/import");
  await file.setInputFiles({ name: "seychelles.txt", mimeType: "text/plain", buffer: Buffer.from(profile("The national identity card is issued at sixteen.")) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported SC: 2 sections")).toBeVisible();

  // The same country again as a new profile is refused, and the message points at the other choice.
  await page.goto("/admin/import");
  await file.setInputFiles({ name: "seychelles-2026.txt", mimeType: "text/plain", buffer: Buffer.from(profile("The national identity card is issued at fifteen.")) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Import as a new draft of the existing profile");

  await page.goto("/admin/import");
  await file.setInputFiles({ name: "seychelles-2026.txt", mimeType: "text/plain", buffer: Buffer.from(profile("The national identity card is issued at fifteen.")) });
  await page.getByLabel(/Import as a new draft of the existing profile/).check();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(/Imported into the SC profile as a new draft: 1 section changed/)).toBeVisible();
  const report = page.getByRole("table", { name: "Changes by section" });
  await expect(report.getByRole("row", { name: /Digital ID Overview/ })).toContainText("Changed: submitted for review");
  await expect(report.getByRole("row", { name: /Data Protection/ })).toContainText("Unchanged");

  // An editor finds it in the queue; the redline deletes the old word and inserts the new one, and nothing else.
  const editor = await pageAs("editor");
  const review = new ReviewPage(editor.page);
  await editor.page.goto("/review");
  await editor.page.getByRole("link", { name: /^SC · Digital ID Overview \(revision \d+\)$/ }).click();
  await expect(editor.page).toHaveURL(/\/review\/[0-9a-f-]{36}$/);
  await expect(review.viewer().locator(".redline-ins")).toHaveText(["fifteen"]);
  await expect(review.viewer().locator(".redline-del")).toHaveText(["sixteen"]);
  await expect(review.footnoteChanges()).toHaveCount(0);
});
