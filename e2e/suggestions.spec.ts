import { expect, test } from "./fixtures";
import { CiteDialog } from "./pages/cite-dialog";
import { SectionEditorPage, profileSection } from "./pages/section-editor";

const SECTION = "Digital ID Overview";

interface Suggestion {
  id: string;
  kind: string;
  text: string;
  author: { id: string; name: string };
  createdAt: string;
}

// Issue 21's first "Must show": a researcher suggests; the suggestion is listed, blocks submitting, is not theirs to
// accept; an editor accepts it, and the next revision's redline holds the text.
test("a researcher's suggestion: listed, blocks submitting (409), own accept 403, editor accepts, redline has it", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const r = await pageAs("researcher");
  const { editor, url } = await profileSection(r.page, "BT", SECTION);
  const sectionId = /sections\/([0-9a-f-]{36})/.exec(url)![1]!;
  const modes = r.page.getByRole("radiogroup", { name: /Suggesting/ });
  await expect(modes.getByRole("radio", { name: "Editing" })).toHaveAttribute("aria-checked", "true");

  // Written text first (Editing), submitted as revision 1.
  await editor.typeAtEnd("Bhutan issues a national ID card.");
  await expect(editor.status()).toContainText("Saved");
  const rev1 = await r.context.request.post(`/api/sections/${sectionId}/revisions`, { data: {} });
  expect(rev1.status(), await rev1.text()).toBe(201);

  // Suggesting: the typed words are a suggestion in the researcher's name, not text.
  await modes.getByRole("radio", { name: "Suggesting" }).click();
  await expect(modes.getByRole("radio", { name: "Suggesting" })).toHaveAttribute("aria-checked", "true");
  await editor.typeAtEnd(" Digital signatures are planned.");
  const ins = editor.textbox().locator("ins.suggestion");
  await expect(ins).toHaveText(" Digital signatures are planned.");
  await expect(ins).toHaveAttribute("title", new RegExp(`^Suggested by ${r.user.name}, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$`));
  await expect(editor.status()).toContainText("Saved");
  // Enter (a paragraph split) cannot be suggested: refused, with the reason shown.
  const paragraphs = await editor.textbox().locator("p").count();
  await r.page.keyboard.press("Enter");
  await expect(r.page.getByTestId("input-refused")).toContainText("Splitting or joining paragraphs cannot be suggested");
  await expect(editor.textbox().locator("p")).toHaveCount(paragraphs);
  await expect(ins).toHaveText(" Digital signatures are planned.");
  // The shortcut switches back to Editing (and the mode is shown).
  await r.page.keyboard.press("Control+Alt+s");
  await expect(modes.getByRole("radio", { name: "Editing" })).toHaveAttribute("aria-checked", "true");

  const listed = await r.context.request.get(`/api/sections/${sectionId}/suggestions`);
  expect(listed.status()).toBe(200);
  const { suggestions } = (await listed.json()) as { suggestions: Suggestion[] };
  expect(suggestions).toEqual([{ id: expect.any(String), kind: "insert", text: " Digital signatures are planned.", author: { id: r.user.id, name: r.user.name }, createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
  const id = suggestions[0]!.id;

  const blocked = await r.context.request.post(`/api/sections/${sectionId}/revisions`, { data: {} });
  expect(blocked.status()).toBe(409);
  expect(((await blocked.json()) as { error: string }).error).toMatch(/1 open suggestion/);

  const own = await r.context.request.post(`/api/suggestions/${id}/decision`, { data: { decision: "accepted" } });
  expect(own.status()).toBe(403);

  const e = await pageAs("editor");
  const accepted = await e.context.request.post(`/api/suggestions/${id}/decision`, { data: { decision: "accepted" } });
  expect(accepted.status(), await accepted.text()).toBe(200);
  const again = await e.context.request.post(`/api/suggestions/${id}/decision`, { data: { decision: "rejected" } });
  expect(again.status()).toBe(409);
  // The researcher's open editor sees the result at once: plain text now.
  await expect(ins).toHaveCount(0);
  await expect(editor.textbox()).toContainText("Bhutan issues a national ID card. Digital signatures are planned.");

  const rev2 = await r.context.request.post(`/api/sections/${sectionId}/revisions`, { data: {} });
  expect(rev2.status(), await rev2.text()).toBe(201);
  const { id: rev2Id, number } = (await rev2.json()) as { id: string; number: number };
  expect(number).toBe(2);
  const diff = await e.context.request.get(`/api/revisions/${rev2Id}/diff`);
  expect(diff.status()).toBe(200);
  const { changes } = (await diff.json()) as { changes: { kind: string; inserted: string }[] };
  expect(changes.map((c) => c.inserted).join("")).toContain("Digital signatures are planned.");
});

// Issue 21's second "Must show" (text part): two people suggest in one paragraph at once; an editor accepts one
// and rejects the other concurrently; both editors end with every character where it belongs.
test("two browsers suggest in one paragraph at once; concurrent accept and reject land for everyone", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const a = await pageAs("researcher");
  const { editor: editorA, url } = await profileSection(a.page, "BB", SECTION);
  const sectionId = /sections\/([0-9a-f-]{36})/.exec(url)![1]!;
  await editorA.typeAtEnd("Alpha omega.");
  await expect(editorA.status()).toContainText("Saved");
  const b = await pageAs("researcher");
  const editorB = new SectionEditorPage(b.page);
  await editorB.goto(url);
  await expect(editorB.textbox()).toContainText("Alpha omega.");
  for (const p of [a.page, b.page]) await p.getByRole("radio", { name: "Suggesting" }).click();

  await editorA.textbox().click();
  await a.page.keyboard.press("Control+End");
  await editorB.textbox().click();
  await b.page.keyboard.press("Control+Home");
  await Promise.all([a.page.keyboard.type(" Added by A.", { delay: 20 }), b.page.keyboard.type("Dropped by B. ", { delay: 20 })]);
  for (const e of [editorA, editorB]) {
    await expect(e.textbox().locator("p").first()).toHaveText("Dropped by B. Alpha omega. Added by A.");
    await expect(e.textbox().locator("ins.suggestion")).toHaveCount(2);
    await expect(e.status()).toContainText("Saved");
  }
  const { suggestions } = (await (await a.context.request.get(`/api/sections/${sectionId}/suggestions`)).json()) as { suggestions: Suggestion[] };
  expect(suggestions.map((s) => [s.text, s.author.id])).toEqual([
    ["Dropped by B. ", b.user.id],
    [" Added by A.", a.user.id],
  ]);

  const ed = await pageAs("editor");
  const [accept, reject] = await Promise.all([
    ed.context.request.post(`/api/suggestions/${suggestions[1]!.id}/decision`, { data: { decision: "accepted" } }),
    ed.context.request.post(`/api/suggestions/${suggestions[0]!.id}/decision`, { data: { decision: "rejected" } }),
  ]);
  expect([accept.status(), reject.status()]).toEqual([200, 200]);
  for (const e of [editorA, editorB]) {
    await expect(e.textbox().locator("p").first()).toHaveText("Alpha omega. Added by A.");
    await expect(e.textbox().locator("ins.suggestion, del.suggestion")).toHaveCount(0);
  }
});

// Issue 21's second "Must show" (notes part): a citation inserted in Suggesting mode is not numbered while open —
// the markers and the footnote list count only accepted notes; accepting renumbers, rejecting removes the marker.
test("a suggested citation insertion renumbers notes only when accepted", async ({ pageAs }) => {
  test.setTimeout(240_000);
  const r = await pageAs("researcher");
  const { editor, url } = await profileSection(r.page, "BN", SECTION);
  const sectionId = /sections\/([0-9a-f-]{36})/.exec(url)![1]!;
  const page = r.page;
  const markers = editor.textbox().locator("sup.citation-marker");
  const marker = (n: number) => editor.textbox().getByLabel(new RegExp(`^Footnote ${n}:`));
  const notes = page.getByRole("list", { name: "Footnotes in this section" }).getByRole("listitem");
  const cite = new CiteDialog(page);

  // Two notes written in Editing mode.
  await editor.typeAtEnd("Brunei has a smart ID card.");
  await cite.open();
  await cite.addByHand("Brunei Smart ID Notice", "https://example.org/bn/smart-id");
  await cite.insert();
  await editor.typeAtEnd(" It is compulsory.");
  await cite.open();
  await cite.addByHand("Brunei Registration Order", "https://example.org/bn/order");
  await cite.insert();
  await expect(marker(2)).toBeVisible();
  await expect(notes).toHaveCount(2);

  /** In Suggesting mode, a new source cited by hand at the start or the end of the section. */
  const suggestCitation = async (where: "Home" | "End", title: string, url: string) => {
    await page.getByRole("radio", { name: "Suggesting" }).click();
    await editor.textbox().click();
    await page.keyboard.press(`Control+${where}`);
    await cite.open();
    await cite.addByHand(title, url);
    await cite.insert();
  };

  // Suggesting: a citation put at the very start is shown as a suggestion, and counts for nothing while open.
  await suggestCitation("Home", "Brunei Digital Economy Masterplan", "https://example.org/bn/masterplan");
  await expect(markers).toHaveCount(3);
  const suggested = editor.textbox().locator('sup.citation-marker[data-suggestion-kind="insert"]');
  await expect(suggested).toHaveCount(1);
  await expect(suggested).toHaveAttribute("title", `Suggested by ${r.user.name}`);
  await expect(suggested).toHaveText("[…]");
  await expect(marker(1)).toHaveAttribute("aria-label", /Brunei Smart ID Notice/);
  await expect(marker(2)).toHaveAttribute("aria-label", /Brunei Registration Order/);
  await expect(marker(3)).toHaveCount(0);
  await expect(notes).toHaveCount(2);
  await expect(notes.first()).toContainText("Brunei Smart ID Notice");
  await expect(editor.status()).toContainText("Saved");

  const list = async () => ((await (await r.context.request.get(`/api/sections/${sectionId}/suggestions`)).json()) as { suggestions: Suggestion[] }).suggestions;
  const [open] = await list();
  expect(open).toMatchObject({ kind: "citation", author: { id: r.user.id } });

  // Accept / Reject are offered only to who may decide, never on one's own suggestion: the researcher sees none.
  const panel = page.getByRole("region", { name: "Suggestions" });
  await expect(panel.getByRole("listitem")).toHaveCount(1);
  await expect(panel.getByRole("button", { name: /^(Accept|Reject)/ })).toHaveCount(0);
  await expect(panel).toContainText("A researcher who wrote this section or an editor accepts or rejects suggestions.");

  // Accepted by an editor from the side panel: now note 1, the others move up.
  const e = await pageAs("editor");
  const editorsView = new SectionEditorPage(e.page);
  await editorsView.goto(url);
  const theirPanel = e.page.getByRole("region", { name: "Suggestions" });
  await theirPanel.getByRole("listitem").getByRole("button", { name: `Accept footnote “” by ${r.user.name}` }).click();
  await expect(suggested).toHaveCount(0);
  await expect(notes).toHaveCount(3);
  await expect(marker(1)).toHaveAttribute("aria-label", /Brunei Digital Economy Masterplan/);
  await expect(marker(2)).toHaveAttribute("aria-label", /Brunei Smart ID Notice/);
  await expect(marker(3)).toHaveAttribute("aria-label", /Brunei Registration Order/);
  await expect(notes.first()).toContainText("Brunei Digital Economy Masterplan");

  // Another suggested citation, rejected: its marker is gone and the numbering is as it was.
  await page.getByRole("radio", { name: "Editing" }).click();
  await editor.typeAtEnd(" More to come.");
  await suggestCitation("End", "Brunei Future Plans", "https://example.org/bn/future");
  await expect(suggested).toHaveCount(1);
  await expect(notes).toHaveCount(3);
  await expect(editor.status()).toContainText("Saved");
  const [second, ...none] = await list();
  expect(second).toMatchObject({ kind: "citation" });
  expect(none).toEqual([]);
  const rejected = await e.context.request.post(`/api/suggestions/${second!.id}/decision`, { data: { decision: "rejected" } });
  expect(rejected.status(), await rejected.text()).toBe(200);
  await expect(suggested).toHaveCount(0);
  await expect(markers).toHaveCount(3);
  await expect(notes).toHaveCount(3);
  await expect(marker(3)).toHaveAttribute("aria-label", /Brunei Registration Order/);
  await expect(notes.last()).not.toContainText("Brunei Future Plans");

  // A pinpoint changed from the footnote editor while suggesting is proposed, not applied; accepting applies it.
  await editor.textbox().getByRole("button", { name: /^Edit Footnote 2:/ }).click();
  const popover = page.getByRole("dialog", { name: "Edit footnote" });
  await expect(popover).toContainText("Suggesting: your changes are proposed, not applied.");
  await popover.getByLabel("Pinpoint").fill("art 7");
  await popover.getByRole("button", { name: "Suggest" }).click();
  await expect(popover).toBeHidden();
  await expect(panel.getByRole("listitem")).toContainText("pinpoint art 7");
  await expect(notes.nth(1)).not.toContainText("art 7");
  await expect(editor.status()).toContainText("Saved");
  const [pinpoint] = await list();
  expect(pinpoint).toMatchObject({ kind: "citation", text: "pinpoint art 7", author: { id: r.user.id } });
  const applied = await e.context.request.post(`/api/suggestions/${pinpoint!.id}/decision`, { data: { decision: "accepted" } });
  expect(applied.status(), await applied.text()).toBe(200);
  await expect(panel.getByRole("listitem")).toHaveCount(0);
  expect(await list()).toEqual([]);
  await page.reload();
  await expect(notes.nth(1)).toContainText("art 7");
});
