import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { DocumentJournal } from "./document-journal";
import type { JournalEntry, SectionStore } from "./section-store";
import { waitFor } from "@/lib/test/node-client";

function fakeStore(failures: number) {
  const rows: JournalEntry[] = [];
  let calls = 0;
  const store = {
    append: async (_: string, entries: JournalEntry[]) => {
      calls += 1;
      if (calls <= failures) throw new Error("database unavailable");
      rows.push(...entries);
      return entries.map((_, i) => rows.length - entries.length + i + 1);
    },
  } as unknown as SectionStore;
  return { store, rows, calls: () => calls };
}

describe("DocumentJournal", () => {
  it("keeps updates through failed writes and acknowledges them only once written", async () => {
    const doc = new Y.Doc();
    const { store, rows, calls } = fakeStore(3);
    const acks: Uint8Array[] = [];
    const errors: number[] = [];
    const journal = new DocumentJournal({
      sectionId: "s",
      loaded: { doc, knownIds: new Set(), stateHash: "" },
      store,
      delayMs: 5,
      onStored: (sv) => acks.push(sv),
      onError: (_, attempt) => errors.push(attempt),
    });
    doc.on("update", (update: Uint8Array) => journal.add({ update, userId: "u" }));
    doc.getText("t").insert(0, "abc");
    doc.getText("t").insert(3, "def");
    await waitFor(() => acks.length > 0, "an acknowledgement");
    expect(errors).toEqual([1, 2, 3]);
    expect(calls()).toBe(4);
    const replay = new Y.Doc();
    for (const row of rows) Y.applyUpdate(replay, row.update);
    expect(replay.getText("t").toString()).toBe("abcdef");
    expect(Y.decodeSnapshot(acks.at(-1)!).sv).toEqual(Y.decodeStateVector(Y.encodeStateVector(doc)));
  });

  it("flush() resolves only after everything pending is written", async () => {
    const doc = new Y.Doc();
    const { store, rows } = fakeStore(0);
    const journal = new DocumentJournal({ sectionId: "s", loaded: { doc, knownIds: new Set(), stateHash: "" }, store, delayMs: 60_000, onStored: () => {}, onError: () => {} });
    doc.on("update", (update: Uint8Array) => journal.add({ update, userId: null }));
    doc.getText("t").insert(0, "x");
    expect(rows).toHaveLength(0);
    await journal.flush();
    expect(rows).toHaveLength(1);
  });
});
