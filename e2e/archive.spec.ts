import { expect, test } from "./fixtures";
import { approveLatest } from "./pages/review-page";
import { submitSection, profileSection } from "./pages/section-editor";

test("an admin archives a profile: drafts leave the workspace, the published version stays public and unchanged, the audit log has it", async ({ pageAs, admin }) => {
  test.setTimeout(150_000);
  const researcher = await pageAs("researcher");
  const editor = await pageAs("editor");
  const { editor: writer } = await profileSection(researcher.page, "NA");
  await writer.typeAtEnd("Namibia issues a national identity card from age sixteen.");
  expect(await submitSection(researcher.page)).toBe(1);
  await approveLatest(editor.context.request, "na");
  const published = await admin.post("/api/profiles/na/versions", { data: { changelog: "First version." } });
  expect(published.status(), await published.text()).toBe(201);
  const before = (await (await admin.get("/api/v1/profiles/na/versions/1")).json()) as { contentHash: string };

  // Not for editors: only admins see the archive form.
  await editor.page.goto("/countries/na");
  await expect(editor.page.getByRole("heading", { level: 1 })).toContainText("Namibia");
  await expect(editor.page.getByText("Archive this profile")).toHaveCount(0);

  const { page } = await pageAs("admin");
  await page.goto("/countries/na");
  await page.getByText("Archive this profile").click();
  const form = page.getByRole("form", { name: "Archive profile" });
  await form.getByLabel("Reason").fill("Replaced: will be imported again.");
  await form.getByRole("button", { name: "Archive Namibia" }).click();
  await expect(page).toHaveURL(/\/countries\?archived=na$/);
  await expect(page.getByRole("status")).toContainText("Namibia was archived");
  await expect(page.getByRole("link", { name: "Namibia", exact: true })).toHaveCount(0);

  // Drafts are gone from the workspace, for everyone.
  expect((await editor.page.goto("/countries/na"))!.status()).toBe(404);
  expect((await editor.context.request.get("/api/profiles/na")).status()).toBe(404);

  // The published version is still public, byte for byte the same content.
  const reader = await (await page.context().browser()!.newContext()).newPage();
  expect((await reader.goto("/profiles/na"))!.status()).toBe(200);
  await expect(reader.locator("main")).toContainText("Namibia issues a national identity card");
  expect(((await (await admin.get("/api/v1/profiles/na/versions/1")).json()) as { contentHash: string }).contentHash).toBe(before.contentHash);
  await reader.context().close();

  // Audited, with the reason.
  await page.goto("/admin/audit?action=profile.archive");
  await expect(page.locator("main")).toContainText("profile.archive");
  await expect(page.locator("main")).toContainText("Replaced: will be imported again.");
});
