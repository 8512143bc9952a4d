import { expect, test } from "./fixtures";
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
