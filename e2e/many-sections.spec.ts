import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { CiteDialog } from "./pages/cite-dialog";
import { CountriesPage } from "./pages/countries-page";
import { SectionEditorPage } from "./pages/section-editor";
import { TemplatePage } from "./pages/template-page";

const target = 14;
const editingMs = 60_000;

const marker = (page: Page, n: number) => new SectionEditorPage(page).textbox().getByLabel(new RegExp(`^Footnote ${n}:`));
const markers = (page: Page) => new SectionEditorPage(page).textbox().locator("sup[data-citation-id]");

/**
 * Whether B's only footnote is numbered right after all of A's, read from both pages together: A's live marker
 * count, not a counter the test keeps, because A's insert can land in B before or after the test counts it.
 */
async function bFollowsA(a: Page, b: Page): Promise<string> {
  const [countA, labelsB] = await Promise.all([markers(a).count(), markers(b).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""))]);
  const numberB = labelsB.length === 1 ? Number(/^Footnote (\d+):/.exec(labelsB[0]!)?.[1] ?? NaN) : NaN;
  return numberB === countA + 1 ? "B follows A" : `B shows ${JSON.stringify(labelsB)} while A has ${countA} markers`;
}

interface CollabStats {
  documents: { section: number; profile: number };
  connections: number;
  sockets: number;
}

async function collabStats(admin: APIRequestContext): Promise<CollabStats> {
  const res = await admin.get("/api/collab/stats");
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as CollabStats;
}

/** Counts the /collab sockets a page opens on section editors: one per load, and one more for every reset. */
function countSockets(page: Page): { opened: number } {
  const count = { opened: 0 };
  page.on("websocket", (ws) => {
    if (new URL(ws.url()).pathname === "/collab" && page.url().includes("/sections/")) count.opened += 1;
  });
  return count;
}

/** Types distinct words at the end of the section in rounds while `goOn()` says so; returns them in order. */
async function typeWhile(editor: SectionEditorPage, prefix: string, goOn: () => boolean, onRound: (round: number) => Promise<void>): Promise<string[]> {
  const words: string[] = [];
  await editor.textbox().click();
  for (let round = 0; goOn(); round++) {
    await editor.page.keyboard.press("Control+End");
    for (let i = 0; i < 5; i++) {
      const word = `${prefix}${String(words.length).padStart(3, "0")}`;
      words.push(word);
      await editor.page.keyboard.type(` ${word}.`, { delay: 15 });
    }
    await onRound(round);
  }
  return words;
}

test("two people edit different sections of a 14-section profile for a minute: no resets, live renumbering, nothing lost or doubled", async ({ pageAs, admin }) => {
  test.setTimeout(300_000);
  const { page: adminPage } = await pageAs("admin");
  await new TemplatePage(adminPage).withSections(target, "Extra topic", async (added) => {

    const a = await pageAs("researcher");
    const b = await pageAs("researcher");
    const socketsA = countSockets(a.page);
    const socketsB = countSockets(b.page);
    const countries = new CountriesPage(a.page);
    await countries.goto();
    await countries.createProfile("SZ");
    await expect(a.page).toHaveURL(/\/countries\/sz$/);
    await expect(a.page.getByRole("link", { name: /^(Edit|Open) / })).toHaveCount(target);

    const editorA = new SectionEditorPage(a.page);
    const urlA = await editorA.openFirstSection("sz", "Digital ID Overview");
    const editorB = new SectionEditorPage(b.page);
    const urlB = await editorB.openFirstSection("sz", added.at(-1)!);
    const citeA = new CiteDialog(a.page);
    const citeB = new CiteDialog(b.page);

    // B's footnote comes after everything A cites: its number follows A's count live.
    await editorB.typeAtEnd("The last section cites");
    await citeB.open();
    await citeB.addByHand("Eswatini National Identity Report", "https://example.org/sz/identity-report");
    await citeB.insert();
    await expect(marker(b.page, 1)).toBeVisible();

    // One section document per connected editor: the server never loads the other twelve.
    await expect.poll(async () => (await collabStats(admin)).documents).toEqual({ section: 2, profile: 1 });

    let citedByA = 0;
    let doneA = false;
    const until = Date.now() + editingMs;
    const [wordsA, wordsB] = await Promise.all([
      // At least a minute, and at least two citations however slow the machine is; B types as long as A does.
      typeWhile(editorA, "a", () => Date.now() < until || citedByA < 2, async (round) => {
        if (round % 4 !== 3) return;
        await citeA.open();
        if (citedByA === 0) await citeA.addByHand("Eswatini Identity Act", "https://example.org/sz/identity-act");
        else await citeA.pickFromRegistry("Eswatini Identity Act");
        await citeA.insert();
        citedByA += 1;
        await expect(marker(a.page, citedByA)).toBeVisible();
        await editorA.textbox().click();
      }).finally(() => {
        doneA = true;
      }),
      typeWhile(editorB, "b", () => !doneA, async () => {
        // Renumbered live as A cites: B's footnote is A's live count plus one, whenever A's insert lands.
        await expect.poll(() => bFollowsA(a.page, b.page)).toBe("B follows A");
      }),
    ]);
    expect(citedByA).toBeGreaterThan(1);
    await expect(markers(a.page)).toHaveCount(citedByA);
    await expect(marker(b.page, citedByA + 1)).toBeVisible();
    await expect(editorA.status()).toHaveText(/Saved/);
    await expect(editorB.status()).toHaveText(/Saved/);
    expect((await collabStats(admin)).documents).toEqual({ section: 2, profile: 1 });

    // No reset: each editor opened exactly one socket while loading and editing.
    expect(socketsA.opened).toBe(1);
    expect(socketsB.opened).toBe(1);

    for (const [editor, url, words] of [
      [editorA, urlA, wordsA],
      [editorB, urlB, wordsB],
    ] as const) {
      await editor.goto(url);
      // The editor may open from this device's copy first: read the text once the server's copy is in.
      await expect(editor.status()).toHaveText("Saved");
      const text = await editor.text();
      for (const word of words) expect(text.split(` ${word}.`).length - 1, `${word} appears once`).toBe(1);
    }
    await expect(marker(b.page, citedByA + 1)).toBeVisible();
  });
});
