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

  it("tells each write's writers, kept through failed attempts", async () => {
    const doc = new Y.Doc();
    const { store } = fakeStore(2);
    const told: string[][] = [];
    const journal = new DocumentJournal<string>({ sectionId: "s", loaded: { doc, knownIds: new Set(), stateHash: "" }, store, delayMs: 5, onStored: (_, who) => told.push([...who].sort()), onError: () => {} });
    const typeAs = (writer: string, text: string) => {
      const update = (u: Uint8Array) => journal.add({ update: u, userId: null }, writer);
      doc.once("update", update);
      doc.getText("t").insert(0, text);
    };
    typeAs("ana", "a");
    typeAs("ben", "b");
    await waitFor(() => told.length === 1, "the first write");
    typeAs("ana", "c");
    await waitFor(() => told.length === 2, "the second write");
    expect(told).toEqual([["ana", "ben"], ["ana"]]);
  });

  it("tells one who asks during a write after it, or after the next when more arrived meanwhile", async () => {
    const doc = new Y.Doc();
    const gates: (() => void)[] = [];
    const store = { append: (_: string, entries: JournalEntry[]) => new Promise<number[]>((resolve) => gates.push(() => resolve(entries.map((_, i) => i + 1)))) } as unknown as SectionStore;
    const told: string[][] = [];
    const journal = new DocumentJournal<string>({ sectionId: "s", loaded: { doc, knownIds: new Set(), stateHash: "" }, store, delayMs: 1, onStored: (_, who) => told.push([...who].sort()), onError: () => {} });
    doc.on("update", (update: Uint8Array, origin: unknown) => journal.add({ update, userId: null }, origin as string));

    doc.transact(() => doc.getText("t").insert(0, "a"), "ana");
    await waitFor(() => gates.length === 1, "the first write under way");
    journal.awaitNext("late");
    gates[0]!();
    await waitFor(() => told.length === 1, "the first write stored");
    // Nothing arrived during it: the document holds no more than what was written, so the late one is told too.
    expect(told[0]).toEqual(["ana", "late"]);

    doc.transact(() => doc.getText("t").insert(0, "b"), "ben");
    await waitFor(() => gates.length === 2, "the second write under way");
    journal.awaitNext("later");
    doc.transact(() => doc.getText("t").insert(0, "c"), "cy");
    gates[1]!();
    await waitFor(() => gates.length === 3, "the third write under way");
    // "later" joined while "c" was on its way: only the write holding "c" covers what it may have sent.
    expect(told[1]).toEqual(["ben"]);
    gates[2]!();
    await waitFor(() => told.length === 3, "the third write stored");
    expect(told[2]).toEqual(["cy", "later"]);
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
