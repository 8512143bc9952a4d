import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { encodeDocumentSnapshot, encodeStoredMessage, parseStoredMessage, StoredState } from "./stored-message";

function acknowledged(doc: Y.Doc): StoredState {
  const stored = new StoredState();
  stored.add(parseStoredMessage(encodeStoredMessage(encodeDocumentSnapshot(doc)))!);
  return stored;
}

describe("stored acknowledgements", () => {
  it("say a document is stored only once its every insertion is covered", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "abc");
    const stored = acknowledged(doc);
    expect(stored.covers(doc)).toBe(true);
    doc.getText("t").insert(3, "d");
    expect(stored.covers(doc)).toBe(false);
  });

  it("say a deletion-only change is unsaved until a snapshot covering it arrives", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "abcdef");
    const stored = acknowledged(doc);
    const before = Y.encodeStateVector(doc);
    doc.getText("t").delete(1, 2);
    // The state vector did not move: only the delete set tells.
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(stored.covers(doc)).toBe(false);
    stored.add(Y.snapshot(doc));
    expect(stored.covers(doc)).toBe(true);
  });

  it("accumulate acknowledgements (an older snapshot after a newer one takes nothing away)", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "abcdef");
    const older = Y.snapshot(doc);
    doc.getText("t").delete(0, 1);
    doc.getText("t").delete(3, 1);
    const stored = new StoredState();
    stored.add(Y.snapshot(doc));
    stored.add(older);
    expect(stored.covers(doc)).toBe(true);
    doc.getText("t").delete(0, 1);
    expect(stored.covers(doc)).toBe(false);
  });

  it("ignore other stateless payloads", () => {
    expect(parseStoredMessage("hello")).toBeNull();
    expect(parseStoredMessage("stored:!!!")).toBeNull();
  });
});
