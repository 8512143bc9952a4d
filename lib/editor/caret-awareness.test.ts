// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { yCursorPluginKey } from "@tiptap/y-tiptap";
import { afterEach, describe, expect, it } from "vitest";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { baseExtensions } from "./extensions";
import { FRAGMENT } from "./ydoc-content";

// Issue 20: y-tiptap's caret plugin re-dispatched a whole editor update after every awareness change, this
// client's own caret moving (each keystroke) included, though only other people's carets are drawn.
// patches/@tiptap+y-tiptap+3.0.9.patch lets only other clients' changes through.

const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

const tick = () => new Promise((r) => setTimeout(r, 5));

function editorWithAwareness(): { editor: Editor; awareness: Awareness; cursorUpdates: () => number } {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const editor = new Editor({
    element: document.createElement("div"),
    extensions: [...baseExtensions(), Collaboration.configure({ document: doc, field: FRAGMENT }), CollaborationCaret.configure({ provider: { awareness, on: () => {}, off: () => {} }, user: { name: "Ana", color: "#123456" } })],
  });
  editors.push(editor);
  let count = 0;
  editor.on("transaction", ({ transaction }) => {
    if (transaction.getMeta(yCursorPluginKey)?.awarenessUpdated) count += 1;
  });
  return { editor, awareness, cursorUpdates: () => count };
}

describe("remote carets", () => {
  it("are redrawn when someone else's awareness changes, not when this client's own caret moves", async () => {
    const { editor, awareness, cursorUpdates } = editorWithAwareness();
    editor.commands.insertContentAt(1, "Alpha beta gamma.");
    await tick();
    const before = cursorUpdates();

    // What a caret move does to this client's own state (the field's value is irrelevant to who is drawn).
    for (let i = 0; i < 5; i++) awareness.setLocalStateField("moved", i);
    await tick();
    expect(cursorUpdates()).toBe(before);

    const other = new Awareness(new Y.Doc());
    other.setLocalStateField("user", { name: "Ben", color: "#654321" });
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), "remote");
    await tick();
    expect(cursorUpdates()).toBe(before + 1);
    expect([...awareness.getStates().keys()]).toContain(other.clientID);
  });
});
