import { expect, test } from "./fixtures";
import { CiteDialog } from "./pages/cite-dialog";
import { CountriesPage } from "./pages/countries-page";
import { FreshnessPage } from "./pages/freshness-page";
import { approveLatest, ReviewPage } from "./pages/review-page";
import { SectionEditorPage, submitSection, profileSection } from "./pages/section-editor";

const SECTION = "Digital ID Overview";

test("submit, redline with footnotes, anchored comment, request changes, four-eyes approval", async ({ pageAs }) => {
  test.setTimeout(180_000);
  // Researcher A writes and cites; the first revision is approved by an editor who wrote nothing.
  const a = await pageAs("researcher");
  const { editor: editorA, url: sectionUrl } = await profileSection(a.page, "IS", SECTION);
  const sectionId = /sections\/([0-9a-f-]{36})/.exec(sectionUrl)![1]!;
  const cite = new CiteDialog(a.page);
  await editorA.typeAtEnd("Iceland issues electronic IDs through banks.");
  await cite.open();
  await cite.addByHand("Electronic ID Report", "https://example.org/is/eid");
  await cite.dialog.getByLabel("Accessed").fill("2020-01-15");
  await cite.insert();
  await editorA.typeAtEnd(" The scheme is voluntary for residents.");
  await cite.open();
  await cite.addByHand("Residents Guide", "https://example.org/is/guide");
  await cite.insert();
  const first = await submitSection(a.page);
  expect(first).toBe(1);
  const baseline = await pageAs("editor");
  await approveLatest(baseline.context.request, "is", sectionId);

  // A removes the second source and re-verifies the first (its access date moves), then submits.
  await a.page.reload();
  await editorA.textbox().click();
  await a.page.keyboard.press("Control+End");
  await a.page.keyboard.press("Backspace");
  await expect(editorA.textbox().getByLabel(/^Footnote 2:/)).toHaveCount(0);
  const freshness = new FreshnessPage(a.page);
  await freshness.goto();
  await freshness.cell("IS", SECTION).getByRole("link").click();
  await freshness.reverify("Electronic ID Report");
  await editorA.goto(sectionUrl);
  expect(await submitSection(a.page, "Updated the access date")).toBe(2);

  // Editor B sees the redline from the queue, with the footnote changes and numbers, and comments on a phrase.
  const b = await pageAs("editor");
  const review = new ReviewPage(b.page);
  await review.openFromQueue(SECTION, 2);
  await expect(review.footnoteChanges().filter({ hasText: "Footnote 1 changed: accessed 2020-01-15 →" })).toHaveCount(1);
  await expect(review.footnoteChanges().filter({ hasText: "Footnote 2 removed: Residents Guide" })).toHaveCount(1);
  await expect(review.viewer().locator(".redline-footnote-changed")).toContainText("accessed 2020-01-15 →");
  await b.page.getByRole("button", { name: "Side by side" }).click();
  await expect(b.page.getByRole("document", { name: "Revision 1" }).locator(".redline-footnote-removed")).toContainText("Residents Guide");
  await b.page.getByRole("button", { name: "Inline" }).click();
  await review.commentOn("voluntary", "Is it voluntary for citizens too?");

  // A sees the thread in the margin; the anchor follows the phrase while researcher C types before it.
  await a.page.reload();
  await expect(a.page.getByRole("article", { name: "Thread on “voluntary”" })).toContainText("Is it voluntary for citizens too?");
  const anchor = editorA.textbox().locator(".comment-anchor");
  await expect(anchor).toHaveText("voluntary");
  const c = await pageAs("researcher");
  const editorC = new SectionEditorPage(c.page);
  await editorC.goto(sectionUrl);
  await editorC.textbox().click();
  await c.page.keyboard.press("Control+Home");
  await c.page.keyboard.type("In short, ");
  await expect(editorA.textbox()).toContainText("In short, Iceland");
  await expect(anchor).toHaveText("voluntary");
  await expect(editorC.status()).toContainText("Saved");
  await c.page.goto("/countries/is");
  const sectionsC = c.page.getByRole("navigation", { name: "Sections" });
  await expect(sectionsC).toContainText("In review");
  const listC = await c.context.newPage();
  await new CountriesPage(listC).goto();
  const icelandRow = listC.getByRole("row").filter({ hasText: "Iceland" });
  await expect(icelandRow).toContainText("1 in review");

  // B requests changes: the status reaches A's open section and C's open profile page live, without a reload.
  await review.decide("Request changes", "Please say who may opt out.");
  await expect(a.page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Changes requested");
  await expect(sectionsC).toContainText("Changes requested");
  await expect(icelandRow).toContainText("1 changes requested");

  // A edits and resubmits.
  await editorA.typeAtEnd(" Citizens may opt out.");

  // An editor who edits the section may not decide it: not in the UI, not through the route.
  const d = await pageAs("editor");
  const editorD = new SectionEditorPage(d.page);
  await editorD.goto(sectionUrl);
  await editorD.typeAtEnd(" Checked.");
  await expect(editorD.status()).toContainText("Saved");
  await expect(editorA.textbox()).toContainText("Checked.");
  expect(await submitSection(a.page)).toBe(3);
  const reviewD = new ReviewPage(d.page);
  await reviewD.openFromQueue(SECTION, 3);
  await expect(reviewD.decision().getByRole("button", { name: "Approve" })).toBeDisabled();
  await expect(reviewD.decision()).toContainText("You wrote part of this revision");
  const rev3 = /review\/([0-9a-f-]{36})/.exec(d.page.url())![1]!;
  const refused = await d.context.request.post(`/api/revisions/${rev3}/decision`, { data: { decision: "approved" } });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: string }).error).toMatch(/wrote part of this revision/);
  const after = (await (await d.context.request.get("/api/profiles/is")).json()) as { sections: { id: string; status: string }[] };
  expect(after.sections.find((s) => s.id === sectionId)!.status).toBe("in_review");

  // B, who wrote nothing, approves.
  await review.openFromQueue(SECTION, 3);
  await review.decide("Approve");
  await expect(a.page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Approved");
  const again = await b.context.request.post(`/api/revisions/${rev3}/decision`, { data: { decision: "approved" } });
  expect(again.status()).toBe(409);
  expect(((await again.json()) as { error: string }).error).toMatch(/already decided by/);
});

test("a thread started in the editor is highlighted, answered (the starter's bell counts it), resolved and reopened", async ({ pageAs }) => {
  const a = await pageAs("researcher");
  const { editor: editorA, url } = await profileSection(a.page, "MT", SECTION);
  await editorA.typeAtEnd("Malta issues an eID card to residents.");
  await expect(editorA.status()).toContainText("Saved");
  await editorA.textbox().getByText("Malta issues").dblclick({ position: { x: 4, y: 4 } });
  const margin = a.page.getByRole("region", { name: "Comments" });
  await margin.getByRole("button", { name: "Comment on selection" }).click();
  const form = margin.getByRole("form", { name: "New comment" });
  await expect(form.locator("q")).toHaveText("Malta");
  await form.getByLabel("Comment").fill("Official name?");
  await form.getByRole("button", { name: "Start thread" }).click();
  const thread = margin.getByRole("article", { name: "Thread on “Malta”" });
  await expect(thread).toContainText("Official name?");
  await expect(editorA.textbox().locator(".comment-anchor")).toHaveText("Malta");

  const c = await pageAs("researcher");
  await c.page.goto(url);
  const threadC = c.page.getByRole("region", { name: "Comments" }).getByRole("article", { name: "Thread on “Malta”" });
  await threadC.getByLabel("Reply").fill("Republic of Malta.");
  await threadC.getByRole("button", { name: "Reply" }).click();
  await expect(threadC).toContainText("Republic of Malta.");

  await a.page.reload();
  await expect(a.page.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
  await thread.getByRole("button", { name: "Resolve" }).click();
  await expect(thread).toContainText("resolved");
  await expect(editorA.textbox().locator(".comment-anchor")).toHaveCount(0);
  await thread.getByRole("button", { name: "Reopen" }).click();
  await expect(editorA.textbox().locator(".comment-anchor")).toHaveText("Malta");
});

test("the queue: assign yourself, filter 'assigned to me'; the audit page shows submit and assign for the profile", async ({ pageAs }) => {
  const a = await pageAs("researcher");
  const { editor: editorA } = await profileSection(a.page, "LU", SECTION);
  await editorA.typeAtEnd("Luxembourg issues an eID card.");
  expect(await submitSection(a.page, "First draft")).toBe(1);

  const b = await pageAs("editor");
  await b.page.goto("/review?mine=1");
  await expect(b.page.getByRole("link", { name: /LU · Digital ID Overview/ })).toHaveCount(0);
  await b.page.goto("/review");
  const row = b.page.getByRole("row", { name: /LU · Digital ID Overview \(revision 1\)/ });
  await expect(row).toContainText(a.user.name);
  await row.getByRole("button", { name: "Assign me" }).click();
  await expect(row.getByRole("combobox", { name: `Reviewer for ${SECTION}` })).toHaveValue(b.user.id);
  await b.page.getByRole("link", { name: "Assigned to me" }).click();
  await expect(b.page.getByRole("row", { name: /LU · Digital ID Overview \(revision 1\)/ })).toBeVisible();

  const admin = await pageAs("admin");
  await admin.page.goto("/admin/audit?profile=lu&action=review.");
  const entries = admin.page.getByRole("table", { name: "Audit entries" });
  await expect(entries.getByRole("row", { name: /review\.submit/ })).toContainText(a.user.name);
  await expect(entries.getByRole("row", { name: /review\.assign/ })).toContainText(b.user.name);
  await admin.page.goto("/admin/audit?from=yesterday");
  await expect(admin.page.getByRole("alert").filter({ hasText: "From must be a date" })).toBeVisible();
});
