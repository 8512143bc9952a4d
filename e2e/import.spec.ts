import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

const synthetic = [
  "flag",
  "",
  "Chile",
  "",
  "Last updated : March 3, 2026",
  "",
  "Digital ID Overview",
  "",
  "Chile issues a national identity card with a unique run number.[1] Online services accept a single password.[2]",
  "",
  "Law",
  "",
  "Data Protection",
  "",
  "A new data protection law was passed in 2024.[3]",
  "",
  "1.^",
  "",
  "‘Identity Card Overview’ (Civil Registry 2025) <https://example.org/cl/id-card> accessed 10 January 2026.",
  "",
  "2.^",
  "",
  "ibid.",
  "",
  "3.^",
  "",
  "‘Data Protection Act Summary’ <https://example.org/cl/dp>.",
  "",
].join("\r\n");

test("an admin uploads a profile file and sees what was imported and the problems", async ({ pageAs }) => {
  const { page } = await pageAs("admin");
  await page.goto("/admin/import");
  await page.getByLabel("Profile file (.txt or .docx)").setInputFiles({ name: "chile.txt", mimeType: "text/plain", buffer: Buffer.from(`\uFEFF${synthetic}`) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported CL: 2 sections, 3 citations")).toBeVisible();
  const problems = page.getByRole("table");
  await expect(problems.getByRole("row")).toHaveCount(2);
  await expect(problems).toContainText("missing-access-date");
  await page.getByRole("link", { name: "Open the profile" }).click();
  await expect(page.getByRole("heading", { name: "Chile", level: 1 })).toBeVisible();
  const notes = page.getByRole("list", { name: "Footnotes" }).getByRole("listitem");
  await expect(notes).toHaveCount(3);
  await expect(notes.nth(1)).toHaveText(/^2\.\s*ibid\.$/);
  await expect(page.getByRole("table")).toContainText("missing-access-date");
});

test("uploading the seed over the demo profile, or a file that is not a profile, changes nothing and says why", async ({ pageAs }) => {
  const { page } = await pageAs("admin");
  await page.goto("/admin/import");
  const seed = path.resolve(import.meta.dirname, "../../shared/seeds/japan-profile.txt");
  await page.getByLabel("Profile file (.txt or .docx)").setInputFiles({ name: "japan.txt", mimeType: "text/plain", buffer: fs.readFileSync(seed) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("A profile for Japan already exists; nothing was imported.");
  await page.getByLabel("Profile file (.txt or .docx)").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("groceries\nmilk\n") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This is not a country profile");
});

test("only admins reach the import page", async ({ pageAs }) => {
  const { page } = await pageAs("editor");
  const res = await page.goto("/admin/import");
  expect(res?.status()).toBe(403);
});
