import { describe, expect, it } from "vitest";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { collabFixture } from "@/lib/test/collab-fixture";
import { waitFor } from "@/lib/test/node-client";
import { firstParagraphText, NodeTypist } from "@/lib/test/node-typist";

// Issue 20: the server relayed every update to every connection of its document, the one that sent it included,
// so the typing browser applied each of its own keystrokes a second time (patches/@hocuspocus+server+*.patch).

const fixture = collabFixture();

/** The Yjs updates in a client's received frames (Hocuspocus: document name, then sync message, step "update"). */
function updatesIn(frames: Uint8Array[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 2) continue;
    out.push(decoding.readVarUint8Array(decoder));
  }
  return out;
}

/** The Yjs client ids whose insertions or deletions an update carries. */
function writersOf(update: Uint8Array): Set<number> {
  const { structs, ds } = Y.decodeUpdate(update);
  return new Set([...structs.map((s) => s.id.client), ...ds.clients.keys()]);
}

describe("the relay", () => {
  it("sends each update to every other connection of the section, never back to the one it came from", async () => {
    const [ana, ben] = await fixture.sectionPair("The register. ");
    const [anaBefore, benBefore] = [ana.received.length, ben.received.length];
    const anaTypes = new NodeTypist(ana.doc);
    const benTypes = new NodeTypist(ben.doc);
    for (let i = 0; i < 20; i++) {
      anaTypes.type("a");
      if (i % 2 === 0) benTypes.type("b");
      await new Promise((r) => setTimeout(r, 5));
    }
    await waitFor(() => firstParagraphText(ana.doc) === firstParagraphText(ben.doc) && ana.isStored() && ben.isStored(), "both documents the same and stored");
    const text = firstParagraphText(ana.doc);
    expect(text.split("a").length - 1).toBeGreaterThanOrEqual(20);
    expect(text.split("b").length - 1).toBeGreaterThanOrEqual(10);

    const toAna = updatesIn(ana.received.slice(anaBefore)).map(writersOf);
    const toBen = updatesIn(ben.received.slice(benBefore)).map(writersOf);
    // Each got the other's keystrokes as updates…
    expect(toAna.filter((w) => w.has(ben.doc.clientID)).length).toBeGreaterThan(0);
    expect(toBen.filter((w) => w.has(ana.doc.clientID)).length).toBeGreaterThan(0);
    // …and none that holds only its own changes.
    expect(toAna.filter((w) => w.size === 1 && w.has(ana.doc.clientID))).toEqual([]);
    expect(toBen.filter((w) => w.size === 1 && w.has(ben.doc.clientID))).toEqual([]);
  });
});
