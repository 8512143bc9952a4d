import "fake-indexeddb/auto";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { waitFor } from "@/lib/test/node-client";
import { clearOfflineData, offlineDatabaseName, OfflineStore } from "./offline-store";

async function openStore(name: string): Promise<{ doc: Y.Doc; store: OfflineStore }> {
  const doc = new Y.Doc();
  const store = new OfflineStore(name, doc, () => {});
  await waitFor(() => store.loaded, "IndexedDB's copy to load");
  return { doc, store };
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? "").sort();
}

/** Records the stores of every IndexedDB transaction opened in `mode` until `restore()`. */
function watchTransactions(mode: IDBTransactionMode): { opened: unknown[]; restore: () => void } {
  const opened: unknown[] = [];
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
    if (args[1] === mode) opened.push(args[0]);
    return transaction.apply(this, args);
  };
  return { opened, restore: () => (IDBDatabase.prototype.transaction = transaction) };
}

describe("OfflineStore", () => {
  it("says saved on this device only once IndexedDB has the change, and a new session reads it back once", async () => {
    const name = offlineDatabaseName("user-a", "section-1");
    const first = await openStore(name);
    expect(first.store.savedOnDevice).toBe(true);
    first.doc.getText("t").insert(0, "typed offline");
    expect(first.store.savedOnDevice).toBe(false);
    await waitFor(() => first.store.savedOnDevice, "the write to commit");
    first.store.destroy();

    const second = await openStore(name);
    expect(second.doc.getText("t").toString()).toBe("typed offline");
    second.store.destroy();
  });

  it("after a burst of keystrokes says saved once all are committed, checking with a few transactions rather than one per keystroke", async () => {
    const { doc, store } = await openStore(offlineDatabaseName("user-f", "s1"));
    const { opened: readonly, restore } = watchTransactions("readonly");
    try {
      for (let i = 0; i < 100; i++) doc.getText("t").insert(i, "x");
      expect(store.savedOnDevice).toBe(false);
      await waitFor(() => store.savedOnDevice, "the burst to commit");
      expect(readonly.length).toBeGreaterThan(0);
      expect(readonly.length).toBeLessThan(5);
    } finally {
      restore();
    }
    store.destroy();
    const reopened = await openStore(offlineDatabaseName("user-f", "s1"));
    expect(reopened.doc.getText("t").toString()).toBe("x".repeat(100));
    reopened.store.destroy();
  });

  it("writes the changes of one task (one frame) in one IndexedDB transaction, after it, merged", async () => {
    const { doc, store } = await openStore(offlineDatabaseName("user-g", "s1"));
    const { opened: readwrite, restore } = watchTransactions("readwrite");
    try {
      for (let i = 0; i < 50; i++) doc.getText("t").insert(i, "y");
      // Nothing is written in the keystrokes' own task.
      expect(readwrite).toHaveLength(0);
      await waitFor(() => store.savedOnDevice, "the burst to commit");
      expect(readwrite).toHaveLength(1);
    } finally {
      restore();
    }
    store.destroy();
    const reopened = await openStore(offlineDatabaseName("user-g", "s1"));
    expect(reopened.doc.getText("t").toString()).toBe("y".repeat(50));
    reopened.store.destroy();
  });

  it("writes a change made just before the store closes (the section closed or the page hidden)", async () => {
    const name = offlineDatabaseName("user-h", "s1");
    const first = await openStore(name);
    first.doc.getText("t").insert(0, "last words");
    first.store.destroy();
    const second = await openStore(name);
    expect(second.doc.getText("t").toString()).toBe("last words");
    second.store.destroy();
  });

  it("clears one user's copies and keeps another's", async () => {
    for (const [user, section] of [["user-b", "s1"], ["user-b", "s2"], ["user-c", "s1"]] as const) {
      const { doc, store } = await openStore(offlineDatabaseName(user, section));
      doc.getText("t").insert(0, "x");
      await waitFor(() => store.savedOnDevice, "the write to commit");
      store.destroy();
    }
    await clearOfflineData("user-b");
    const left = await databaseNames();
    expect(left.filter((n) => n.startsWith("folio:user-b:"))).toEqual([]);
    expect(left).toContain(offlineDatabaseName("user-c", "s1"));
  });

  it("deletes the copy of a refused change so it is not sent again", async () => {
    const name = offlineDatabaseName("user-d", "s1");
    const { doc, store } = await openStore(name);
    doc.getText("t").insert(0, "refused");
    await store.clear();
    const reopened = await openStore(name);
    expect(reopened.doc.getText("t").toString()).toBe("");
    reopened.store.destroy();
  });

  it("keeps the profile's last known citation orders with the copy, for a session that opens it offline", async () => {
    const name = offlineDatabaseName("user-e", "s1");
    const first = await openStore(name);
    expect(await first.store.citationOrders()).toBeNull();
    await first.store.saveCitationOrders({ s0: ["c1", "c2"], s1: [] });
    await first.store.saveCitationOrders({ s0: ["c1", "c2", "c3"], s1: ["c4"] });
    first.store.destroy();

    const second = await openStore(name);
    expect(await second.store.citationOrders()).toEqual({ s0: ["c1", "c2", "c3"], s1: ["c4"] });
    second.store.destroy();
    // Another user's copy of the same section never sees them.
    const other = await openStore(offlineDatabaseName("user-f", "s1"));
    expect(await other.store.citationOrders()).toBeNull();
    other.store.destroy();
  });
});
