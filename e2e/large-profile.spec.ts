import type { Page, Response } from "@playwright/test";
import { expect, test } from "./fixtures";
import { BIG_SECTION, generatedProfile, SECTIONS, TOTAL } from "./large-profile-text";
import { SectionEditorPage } from "./pages/section-editor";

/** Records every response that answers 431 or 5xx. */
function watchFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on("response", (r: Response) => {
    if (r.status() === 431 || r.status() >= 500) failures.push(`${r.status()} ${r.request().method()} ${r.url().slice(0, 120)}`);
  });
  return failures;
}

test("a profile of 604 notes, one section of 48 k characters and 500 notes: every note in the Footnotes panel has its text, and nothing answers 431 or 5xx", async ({ pageAs }) => {
  test.setTimeout(240_000);
  const { page } = await pageAs("admin");
  const failures = watchFailures(page);
  const text = generatedProfile();
  await page.goto("/admin/import");
  await page.getByLabel("Profile file (.txt or .docx)").setInputFiles({ name: "paraguay.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(`Imported PY: ${SECTIONS.length} sections, ${TOTAL} citations`)).toBeVisible({ timeout: 60_000 });

  const citationReads: URL[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname === "/api/citations" && r.method() === "GET") citationReads.push(url);
  });
  const editor = new SectionEditorPage(page);
  await editor.openFirstSection("py", BIG_SECTION);
  const body = (await editor.text()).length;
  expect(body).toBeGreaterThan(45_000);

  // The panel lists this section's 500 notes, numbered after the 104 before it, each with its text.
  const notes = page.getByRole("list", { name: "Footnotes in this section" }).getByRole("listitem");
  await expect(notes).toHaveCount(500, { timeout: 30_000 });
  const empty = () => notes.evaluateAll((items) => items.filter((li) => !/^\d+\.\s*\S/.test((li.textContent ?? "").trim()) || /^\d+\.$/.test((li.textContent ?? "").trim())).length);
  await expect.poll(empty, { timeout: 30_000 }).toBe(0);
  await expect(notes.first()).toHaveText(/^105\.\s*‘Generated Report 105’/);
  await expect(notes.last()).toHaveText(/^604\.\s*‘Generated Report 604’/);
  await expect(notes.last()).not.toContainText("(n ");
  // Later references are short, as the formatter writes them once every source is known.
  await expect(notes.nth(110 - 105)).toHaveText(/^110\.\s*‘Generated Report 105’ \(n 105\)/);
  // The editor's markers carry the same numbers and texts.
  await expect(editor.textbox().getByLabel(/^Footnote 604: ‘Generated Report 604’/)).toHaveCount(1);
  await expect(page.getByTestId("footnote-sources-error")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Citation check \(\d+\)$/ })).toBeVisible();

  expect(failures).toEqual([]);
  // The editor read the profile by its id, not by a URL of 604 ids.
  expect(citationReads.length).toBeGreaterThan(0);
  expect(Math.max(...citationReads.map((u) => (u.searchParams.get("ids") ?? "").split(",").length))).toBeLessThanOrEqual(100);
  const profileId = citationReads.find((u) => u.searchParams.has("profile"))!.searchParams.get("profile")!;

  // The route's contract: the whole profile a page at a time ...
  const seen = new Set<string>();
  let after: string | null = null;
  let pages = 0;
  do {
    const res = await page.request.get(`/api/citations?profile=${profileId}&limit=250${after ? `&after=${after}` : ""}`);
    expect(res.status(), await res.text()).toBe(200);
    const body = (await res.json()) as { citations: Record<string, { source: { title: string } }[]>; next: string | null };
    for (const [id, items] of Object.entries(body.citations)) {
      seen.add(id);
      expect(items[0]?.source.title).toMatch(/^Generated Report \d+$/);
    }
    after = body.next;
    pages++;
  } while (after);
  expect(seen.size).toBe(TOTAL);
  expect(pages).toBe(Math.ceil(TOTAL / 250));
  // ... and, for older callers, a few ids, with or without the profile.
  const ids = await editor.textbox().locator("sup[data-citation-id]").evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute("data-citation-id")!));
  const byIds = (await (await page.request.get(`/api/citations?ids=${ids.join(",")}`)).json()) as { citations: Record<string, unknown[]> };
  expect(Object.keys(byIds.citations).sort()).toEqual([...ids].sort());
  const inProfile = (await (await page.request.get(`/api/citations?ids=${ids.join(",")}&profile=${profileId}`)).json()) as { citations: Record<string, unknown[]>; foreign: string[] };
  expect(inProfile.foreign).toEqual([]);
  expect(Object.keys(inProfile.citations)).toHaveLength(3);
  const bad = await page.request.get(`/api/citations?profile=${profileId}&limit=5000`);
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { field?: string }).field).toBe("limit");
});
