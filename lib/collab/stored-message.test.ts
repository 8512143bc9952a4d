import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { encodeDocumentSnapshot, encodeStoredMessage, parseStoredMessage, StoredState } from "./stored-message";

/** The origin of what the server sends (the provider, in the browser). */
const server = Symbol("server");

/** A StoredState fed as the editor feeds it: every transaction not from the server is this device's own. */
function watched(doc: Y.Doc): StoredState {
  const stored = new StoredState();
  stored.follow(doc, server);
  return stored;
}

/** The server's acknowledgement of everything `doc` holds, through the wire format. */
const ack = (doc: Y.Doc) => parseStoredMessage(encodeStoredMessage(encodeDocumentSnapshot(doc)))!;

/** Another device's change to `doc`, received from the server. */
function receiveFromOthers(doc: Y.Doc, change: (text: Y.Text) => void): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc), server);
  const before = Y.encodeStateVector(other);
  change(other.getText("t"));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before), server);
  return other;
}

describe("stored acknowledgements", () => {
  it("say this device's changes are stored only once its every insertion is covered", () => {
    const doc = new Y.Doc();
    const stored = watched(doc);
    doc.getText("t").insert(0, "abc");
    expect(stored.covers()).toBe(false);
    stored.add(ack(doc));
    expect(stored.covers()).toBe(true);
    doc.getText("t").insert(3, "d");
    expect(stored.covers()).toBe(false);
    stored.add(ack(doc));
    expect(stored.covers()).toBe(true);
  });

  it("say a deletion-only change is unsaved until a snapshot covering it arrives", () => {
    const doc = new Y.Doc();
    const stored = watched(doc);
    doc.getText("t").insert(0, "abcdef");
    stored.add(ack(doc));
    const before = Y.encodeStateVector(doc);
    doc.getText("t").delete(1, 2);
    // The state vector did not move: only the delete set tells.
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(stored.covers()).toBe(false);
    stored.add(ack(doc));
    expect(stored.covers()).toBe(true);
  });

  it("accumulate acknowledgements (an older snapshot after a newer one takes nothing away)", () => {
    const doc = new Y.Doc();
    const stored = watched(doc);
    doc.getText("t").insert(0, "abcdef");
    const older = Y.snapshot(doc);
    doc.getText("t").delete(0, 1);
    doc.getText("t").delete(3, 1);
    stored.add(Y.snapshot(doc));
    stored.add(older);
    expect(stored.covers()).toBe(true);
    doc.getText("t").delete(0, 1);
    expect(stored.covers()).toBe(false);
  });

  it("leave other people's changes to their own devices: received text and deletions need no acknowledgement here", () => {
    const doc = new Y.Doc();
    const stored = watched(doc);
    receiveFromOthers(doc, (t) => t.insert(0, "theirs"));
    receiveFromOthers(doc, (t) => t.delete(0, 2));
    expect(doc.getText("t").toString()).toBe("eirs");
    expect(stored.covers()).toBe(true);
  });

  it("count this device's deletion of someone else's text as its own", () => {
    const doc = new Y.Doc();
    const stored = watched(doc);
    receiveFromOthers(doc, (t) => t.insert(0, "theirs"));
    const acknowledgedBefore = ack(doc);
    doc.getText("t").delete(0, 1);
    stored.add(acknowledgedBefore);
    expect(stored.covers()).toBe(false);
    stored.add(ack(doc));
    expect(stored.covers()).toBe(true);
  });

  it("count a copy restored on this device (not received from the server) as its own until acknowledged", () => {
    const earlier = new Y.Doc();
    earlier.getText("t").insert(0, "typed offline last time");
    const doc = new Y.Doc();
    const stored = watched(doc);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier), "offline copy");
    expect(stored.covers()).toBe(false);
    stored.add(ack(doc));
    expect(stored.covers()).toBe(true);
  });

  it("ignore other stateless payloads", () => {
    expect(parseStoredMessage("hello")).toBeNull();
    expect(parseStoredMessage("stored:!!!")).toBeNull();
  });
});
