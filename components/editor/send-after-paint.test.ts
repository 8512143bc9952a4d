import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { collabFixture } from "@/lib/test/collab-fixture";
import { waitFor } from "@/lib/test/node-client";
import { firstParagraphText, NodeTypist } from "@/lib/test/node-typist";
import { SendAfterPaint } from "./send-after-paint";

// Runs in Node, where no frame is ever drawn: the fallback delay stands in for "after the next frame".

const fixture = collabFixture();

/** Counts the document updates a provider sends (Hocuspocus: document name, sync message, step "update"). */
function countUpdatesSent(provider: HocuspocusProvider): () => number {
  let sent = 0;
  provider.on("outgoingMessage", ({ message }: { message: { type: number } }) => {
    if (message.type === 0) sent += 1;
  });
  return () => sent;
}

describe("SendAfterPaint", () => {
  it("sends a task's keystrokes once, merged, after it; they reach the other editor and the server acknowledges them", async () => {
    const [typist, reader] = await fixture.sectionPair("Start. ");
    const send = new SendAfterPaint(typist.provider, typist.doc, 50);
    const sent = countUpdatesSent(typist.provider);
    const before = sent();
    const keys = new NodeTypist(typist.doc);
    for (const ch of "twenty-one keystrokes") keys.type(ch);
    // Nothing went in the keystrokes' own task, and the session knows something waits.
    expect(sent() - before).toBe(0);
    expect(send.pending).toBe(true);
    await waitFor(() => firstParagraphText(reader.doc).includes("twenty-one keystrokes"), "the other editor to have them");
    expect(send.pending).toBe(false);
    expect(sent() - before).toBe(1);
    await waitFor(() => !typist.provider.hasUnsyncedChanges && typist.isStored(), "the server to acknowledge and store them");
    // Both documents are the same, byte for byte in their state.
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(typist.doc));
    send.stop();
  });

  it("hands a change made before the provider is attached straight to it, so a copy read in before the sync is not sent after it", () => {
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: "ws://127.0.0.1:9", WebSocketPolyfill: WebSocket, autoConnect: false });
    // Given a socket of its own, a provider is attached only when told (as the section editor does after the copy).
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: "section.x", document: doc });
    try {
      expect(provider.isAttached).toBe(false);
      const send = new SendAfterPaint(provider, doc, 50);
      doc.getXmlFragment("x").insert(0, [new Y.XmlText("copy")]);
      expect(send.pending).toBe(false);
      send.stop();
    } finally {
      provider.destroy();
      socket.destroy();
    }
  });
});
