import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { SectionEditorPage, profileSection } from "./pages/section-editor";

/** The largest frame the page's /collab sockets received and sent from now on. */
function watchFrames(page: Page) {
  const seen = { received: 0, sent: 0 };
  const size = (payload: string | Buffer) => (typeof payload === "string" ? payload.length : payload.byteLength);
  page.on("websocket", (ws) => {
    if (!ws.url().endsWith("/collab")) return;
    ws.on("framereceived", ({ payload }) => (seen.received = Math.max(seen.received, size(payload))));
    ws.on("framesent", ({ payload }) => (seen.sent = Math.max(seen.sent, size(payload))));
  });
  return seen;
}

/** Appends `text` to the section through its editor (a long text, faster than typing it). */
async function appendText(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    type Ed = { commands: { focus(at: "end"): boolean; insertContent(text: string): boolean } };
    const editor = (document.querySelector('[aria-label="Section text"]') as unknown as { editor: Ed }).editor;
    editor.commands.focus("end");
    editor.commands.insertContent(text);
  }, text);
}

const LONG = "Birth registration feeds the population register, which issues the identity number. ".repeat(400);

test("a section reopened from this device's copy is sent only what the copy lacks, and sends none of it back", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  const { editor, url } = await profileSection(page, "mv");
  await appendText(page, LONG);
  await expect(editor.status()).toHaveText("Saved");

  const frames = watchFrames(page);
  await editor.goto(url);
  await expect(editor.textbox()).toContainText(LONG.trim());
  await expect(editor.status()).toHaveText("Saved");
  await editor.typeAtEnd(" Reopened.");
  await expect(editor.status()).toHaveText("Saved");
  // The section holds 33,600 characters: had the sync started before the copy was read, the server would have sent
  // all of it (and this device would have sent its copy back).
  expect(frames.received).toBeLessThan(4_000);
  expect(frames.sent).toBeLessThan(4_000);

  // What was stored is the whole text: another browser without a copy receives it from the server.
  const other = new SectionEditorPage((await pageAs("researcher")).page);
  await other.goto(url);
  await expect(other.textbox()).toContainText(`${LONG.trim()} Reopened.`);
});

test("a browser whose IndexedDB cannot be opened still loads, edits and saves the section", async ({ pageAs }) => {
  const { page } = await pageAs("researcher");
  // Folio's device copies fail to open (as in a browser that refuses storage); everything else is left alone.
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (!name.startsWith("folio:")) return open.call(this, name, version);
      const request = {} as IDBOpenDBRequest & { onerror: ((e: unknown) => void) | null };
      setTimeout(() => request.onerror?.({ target: { error: new DOMException("Storage is not allowed", "SecurityError") } }));
      return request;
    };
  });
  const { editor, url } = await profileSection(page, "mh");
  await editor.typeAtEnd("Typed without a device copy.");
  await expect(editor.status()).toHaveText("Saved");
  await editor.goto(url);
  await expect(editor.textbox()).toContainText("Typed without a device copy.");
});
