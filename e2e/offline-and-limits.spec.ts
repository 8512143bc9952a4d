import type { Page, WebSocketRoute } from "@playwright/test";
import { expect, test } from "./fixtures";
import { CiteDialog } from "./pages/cite-dialog";
import { SectionEditorPage, profileSection } from "./pages/section-editor";

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/**
 * Puts a page's /collab socket under the test's control: `down()` cuts the open socket and refuses new ones (the
 * server is unreachable for the editor), `up()` lets the editor's reconnects through to the real server again.
 */
async function collabLink(page: Page) {
  let reachable = true;
  const open = new Set<WebSocketRoute>();
  await page.routeWebSocket(/\/collab$/, (ws) => {
    if (!reachable) {
      void ws.close({ code: 1006 });
      return;
    }
    open.add(ws);
    ws.connectToServer();
    ws.onClose(() => open.delete(ws));
  });
  return {
    down: async () => {
      reachable = false;
      for (const ws of open) await ws.close({ code: 1006 });
      open.clear();
    },
    up: () => {
      reachable = true;
    },
  };
}

/** Counts the page's WebSocket connections to /collab and the largest frame it sent. */
function watchSockets(page: Page) {
  const seen = { sockets: 0, largestFrame: 0 };
  page.on("websocket", (ws) => {
    if (!ws.url().endsWith("/collab")) return;
    seen.sockets++;
    ws.on("framesent", ({ payload }) => {
      seen.largestFrame = Math.max(seen.largestFrame, typeof payload === "string" ? payload.length : payload.byteLength);
    });
  });
  return seen;
}

async function createProfileAndOpen(page: Page, iso: string): Promise<{ editor: SectionEditorPage; url: string }> {
  const { editor, url } = await profileSection(page, iso);
  return { editor, url };
}

test("offline edits survive a reload, reach the co-editor once when the server is back, and leaving warns while unsaved", async ({ pageAs }) => {
  // Several browsers and many steps: on a busy machine (load 25 on 2 cores) this took over the default 60 s.
  test.setTimeout(120_000);
  const alpha = await pageAs("researcher");
  const bravo = await pageAs("researcher");
  const link = await collabLink(alpha.page);
  const { editor: a, url } = await createProfileAndOpen(alpha.page, "ck");
  const b = new SectionEditorPage(bravo.page);
  await b.goto(url);

  await a.typeAtEnd("Online first.");
  await expect(a.status()).toHaveText("Saved");
  await expect(b.textbox()).toContainText("Online first.");

  // The network goes away: the open socket is cut and nothing reaches the server.
  await alpha.context.setOffline(true);
  await link.down();
  await a.typeAtEnd(" Typed offline.");
  await expect(a.status()).toHaveText("Offline — saved on this device");
  await expect(a.textbox()).toContainText("Online first. Typed offline.");

  // Reloading while offline asks first ("Leave site?"), then the page is gone (the browser cannot fetch it).
  const dialogs: string[] = [];
  alpha.page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await alpha.page.reload().catch(() => {});
  expect(dialogs).toEqual(["beforeunload"]);
  await expect(a.textbox()).toHaveCount(0);

  // The page loads again while /collab is still unreachable: the editor opens from this device's copy.
  await alpha.context.setOffline(false);
  await alpha.page.goto(url).catch(() => {});
  await expect(a.textbox()).toContainText("Online first. Typed offline.");
  await expect(a.status()).toContainText("saved on this device");
  await expect(b.textbox()).not.toContainText("Typed offline.");

  // The server is reachable again: the offline words merge once and reach the co-editor.
  link.up();
  await expect(a.status()).toHaveText("Saved", { timeout: 30_000 });
  await expect(b.textbox()).toContainText("Online first. Typed offline.");
  expect(dialogs).toEqual(["beforeunload"]);
  for (const page of [alpha.page, bravo.page]) {
    await page.reload();
    const editor = new SectionEditorPage(page);
    await expect(editor.textbox()).toContainText("Typed offline.");
    // The editor may open from this device's copy first: count once the server's copy is in.
    await expect(editor.status()).toHaveText("Saved");
    const text = await editor.text();
    expect(occurrences(text, "Online first.")).toBe(1);
    expect(occurrences(text, "Typed offline.")).toBe(1);
  }
  // Saved: leaving no longer asks.
  expect(dialogs).toEqual(["beforeunload"]);
});

async function paste(page: Page, text: string): Promise<void> {
  await new SectionEditorPage(page).textbox().evaluate((element, size) => {
    const data = new DataTransfer();
    data.setData("text/plain", "x".repeat(size));
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text.length);
}

test("a 5 MB paste is refused with a message, stores nothing, and the editor keeps saving without reconnecting", async ({ pageAs }) => {
  const alpha = await pageAs("researcher");
  const seen = watchSockets(alpha.page);
  const { editor: a } = await createProfileAndOpen(alpha.page, "fm");
  await a.typeAtEnd("Before paste.");
  await expect(a.status()).toHaveText("Saved");
  const socketsBefore = seen.sockets;

  await a.textbox().click();
  await alpha.page.keyboard.press("Control+End");
  await paste(alpha.page, "x".repeat(5 * 1024 * 1024));
  const refusal = alpha.page.getByTestId("input-refused");
  await expect(refusal).toContainText("Not pasted: this is 5 MB");
  await expect(refusal).toContainText("1 MB per message");
  await expect(refusal).toContainText("smaller parts, or split it across several sections");
  await expect(a.textbox()).not.toContainText("xxxxxxxxxx");

  await a.typeAtEnd(" After paste.");
  await expect(a.status()).toHaveText("Saved");
  expect(seen.sockets).toBe(socketsBefore);
  expect(seen.largestFrame).toBeLessThan(64 * 1024);

  await alpha.page.reload();
  await expect(a.textbox()).toContainText("Before paste. After paste.");
  await expect(a.textbox()).not.toContainText("xxxxxxxxxx");
  expect(seen.sockets).toBe(socketsBefore + 1);
});

test("a change the server refuses stops the editor with the reason instead of reconnecting, and reloading from the server discards it", async ({ pageAs }) => {
  const alpha = await pageAs("researcher");
  // The page's timers run on a clock the test can move forward: time passes as usual until it is fast-forwarded.
  await alpha.page.clock.install();
  const seen = watchSockets(alpha.page);
  const { editor: a } = await createProfileAndOpen(alpha.page, "pw");
  await a.typeAtEnd("Kept.");
  await expect(a.status()).toHaveText("Saved");
  const socketsBefore = seen.sockets;

  // Typed input is not a paste: a 1.2 MB insertion reaches the server, which closes the socket (message too large).
  await a.textbox().click();
  await alpha.page.keyboard.press("Control+End");
  await alpha.page.keyboard.insertText("y".repeat(1_200_000));
  const problem = alpha.page.getByRole("alert").filter({ hasText: "refused your last change" });
  await expect(problem).toContainText("larger than one message may be");
  await expect(a.textbox()).toHaveAttribute("contenteditable", "false");
  await expect(a.status()).toContainText("Offline");
  // No reconnect loop: running every timer of the next 6 s (more than the provider's longest back-off, 5 s)
  // opens no socket.
  await alpha.page.clock.runFor(6_000);
  expect(seen.sockets).toBe(socketsBefore);

  await problem.getByRole("button", { name: "Reload from the server" }).click();
  await expect(a.textbox()).toContainText("Kept.");
  await expect(a.textbox()).not.toContainText("yyyyyyyyyy");
  await a.typeAtEnd(" Still works.");
  await expect(a.status()).toHaveText("Saved");
  expect(seen.sockets).toBe(socketsBefore + 1);
});

test("signing out deletes the user's offline copies from the browser", async ({ pageAs }) => {
  const alpha = await pageAs("researcher");
  const { editor: a } = await createProfileAndOpen(alpha.page, "nu");
  await a.typeAtEnd("Kept on this device.");
  await expect(a.status()).toHaveText("Saved");
  const prefix = `folio:${alpha.user.id}:`;
  const folioDatabases = () => alpha.page.evaluate(async (p) => (await indexedDB.databases()).map((d) => d.name ?? "").filter((n) => n.startsWith(p)), prefix);
  expect(await folioDatabases()).toHaveLength(1);

  await alpha.page.getByRole("button", { name: "Sign out" }).click();
  await expect(alpha.page).toHaveURL(/\/login/);
  expect(await folioDatabases()).toEqual([]);
});

/** The citation orders kept with a section's device copy (y-indexeddb's custom store), or null. */
async function keptOrders(page: Page, userId: string, sectionUrl: string): Promise<string | null> {
  const sectionId = sectionUrl.split("/").at(-1)!;
  return page.evaluate(
    (name) =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("custom")) return resolve(null);
          const get = db.transaction("custom", "readonly").objectStore("custom").get("citation-orders");
          get.onsuccess = () => resolve(typeof get.result === "string" ? get.result : null);
          get.onerror = () => resolve(null);
        };
      }),
    `folio:${userId}:section:${sectionId}`,
  );
}

const footnote = (page: Page, n: number) => new SectionEditorPage(page).textbox().getByLabel(new RegExp(`^Footnote ${n}:`));

test("a section opened from the device copy while /collab is unreachable numbers its notes as last known and says they may be out of date", async ({ pageAs }) => {
  // Several browsers and many steps: on a busy machine (load 25 on 2 cores) this took over the default 60 s.
  test.setTimeout(120_000);
  const alpha = await pageAs("researcher");
  const link = await collabLink(alpha.page);
  const { editor: a } = await createProfileAndOpen(alpha.page, "gy");
  const cite = new CiteDialog(alpha.page);
  // Two notes in the first section ...
  for (const [title, url] of [["Guyana Identity Act", "https://example.org/gy/act"], ["Guyana Registry Report", "https://example.org/gy/report"]]) {
    await a.typeAtEnd(` ${title} cited.`);
    await cite.open();
    await cite.addByHand(title!, url!);
    await cite.insert();
  }
  await expect(footnote(alpha.page, 2)).toBeVisible();
  await expect(a.status()).toHaveText("Saved");
  // ... so the second section's first note is 3.
  const url = await a.openFirstSection("gy", "Domestic law and policy");
  await a.typeAtEnd("The law is cited here.");
  await cite.open();
  await cite.addByHand("Guyana Data Law", "https://example.org/gy/data-law");
  await cite.insert();
  await expect(footnote(alpha.page, 3)).toBeVisible();
  await expect(a.status()).toHaveText("Saved");
  await expect(alpha.page.getByTestId("footnote-numbers-stale")).toHaveCount(0);
  await expect.poll(async () => (await keptOrders(alpha.page, alpha.user.id, url)) ?? "").toContain("citation-orders:");

  // The server goes away; the page is loaded again while /collab stays unreachable.
  await link.down();
  await alpha.page.goto(url).catch(() => {});
  await expect(a.textbox()).toContainText("The law is cited here.");
  await expect(a.status()).toContainText(/Offline|Connecting/);
  await expect(footnote(alpha.page, 3)).toBeVisible();
  await expect(footnote(alpha.page, 1)).toHaveCount(0);
  await expect(alpha.page.getByTestId("footnote-numbers-stale")).toContainText("footnote numbers may be out of date");
  await expect(alpha.page.getByRole("region", { name: /^Citation check/ })).not.toContainText("No problems in this profile’s footnotes");

  // Back online: the channel's orders are live again and the warning goes.
  link.up();
  await expect(alpha.page.getByTestId("footnote-numbers-stale")).toHaveCount(0, { timeout: 30_000 });
  await expect(footnote(alpha.page, 3)).toBeVisible();
});

/** Whether leaving the page now would ask ("Leave site?"), as the page's beforeunload listeners decide it. */
const wouldAsk = (page: Page) =>
  page.evaluate(() => {
    const event = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

test("a change the server has received and this device holds does not ask on leaving, even before it is stored", async ({ pageAs }) => {
  const alpha = await pageAs("researcher");
  // The server's "stored" acknowledgements never reach the page: "Saved" cannot appear, though the server has the text.
  await alpha.page.routeWebSocket(/\/collab$/, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => {
      if (typeof message !== "string" && message.includes("stored:")) return;
      ws.send(message);
    });
  });
  const { editor: a, url: first } = await createProfileAndOpen(alpha.page, "bz");
  const second = await a.openFirstSection("bz", "Data Protection");
  const dialogs: string[] = [];
  alpha.page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await a.typeAtEnd("Received by the server.");
  await expect(a.status()).toHaveText("Saving…");
  await expect.poll(() => wouldAsk(alpha.page)).toBe(false);
  await a.goto(first);
  expect(dialogs).toEqual([]);
  await a.goto(second);
  await expect(a.textbox()).toContainText("Received by the server.");
});

test("leaving asks only while a change is unsaved: not after Saved, but after typing while /collab is unreachable", async ({ pageAs }) => {
  // Several browsers and many steps: on a busy machine (load 25 on 2 cores) this took over the default 60 s.
  test.setTimeout(120_000);
  const alpha = await pageAs("researcher");
  const link = await collabLink(alpha.page);
  const { editor: a, url: first } = await createProfileAndOpen(alpha.page, "sr");
  const second = await a.openFirstSection("sr", "Data Protection");
  const dialogs: string[] = [];
  alpha.page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });

  // Typed and stored: switching sections (a full page load) asks nothing, again and again.
  for (const [i, [from, to]] of ([[second, first], [first, second], [second, first]] as const).entries()) {
    expect(alpha.page.url()).toBe(from);
    await a.typeAtEnd(` Stored before leaving ${i}.`);
    await expect(a.status()).toHaveText("Saved");
    await a.goto(to);
  }
  expect(dialogs).toEqual([]);

  // Typed while the server is unreachable: leaving asks.
  await link.down();
  await a.typeAtEnd(" Typed while unreachable.");
  await expect(a.status()).toContainText("saved on this device");
  await alpha.page.goto(second).catch(() => {});
  expect(dialogs).toEqual(["beforeunload"]);
  link.up();
});
