// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { baseExtensions } from "./extensions";
import { FRAGMENT } from "./ydoc-content";

// Issue 17: a remote change in the paragraph someone is typing in must move their caret only by mapping it through
// the change. @tiptap/y-tiptap 3.0.9 "recovered" such a caret by its old offset whenever the paragraph's text had
// changed and the block had a distinctive attribute (every block has an id here), so each keystroke landed one
// character early and words came out reversed. patches/@tiptap+y-tiptap+3.0.9.patch keeps the Yjs mapping.

const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

/** Two editors on two Yjs documents joined like two browsers through the server. */
function twoEditors(): [Editor, Editor] {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  docs[0].on("update", (u: Uint8Array, origin: unknown) => origin !== "peer" && Y.applyUpdate(docs[1], u, "peer"));
  docs[1].on("update", (u: Uint8Array, origin: unknown) => origin !== "peer" && Y.applyUpdate(docs[0], u, "peer"));
  const make = (doc: Y.Doc) => {
    const editor = new Editor({ element: document.createElement("div"), extensions: [...baseExtensions(), Collaboration.configure({ document: doc, field: FRAGMENT })] });
    editors.push(editor);
    return editor;
  };
  return [make(docs[0]), make(docs[1])];
}

const typeChar = (editor: Editor, ch: string) => editor.commands.insertContent(ch);

describe("a caret in a paragraph someone else is typing in", () => {
  it("keeps both typists' words intact when one types at the start and the other in the middle", () => {
    const [researcher, editor] = twoEditors();
    researcher.commands.insertContentAt(1, "Alpha beta gamma delta.");
    expect(editor.getText()).toBe("Alpha beta gamma delta.");
    expect(editor.state.doc.firstChild?.attrs.id).toMatch(/^[a-z0-9]{12}$/);

    researcher.commands.setTextSelection(1 + "Alpha beta gamma".length);
    editor.commands.setTextSelection(1);
    const mine = " researcher words inserted after gamma";
    const theirs = "Editor prefix words. ";
    for (let i = 0; i < Math.max(mine.length, theirs.length); i++) {
      if (i < mine.length) typeChar(researcher, mine[i]!);
      if (i < theirs.length) typeChar(editor, theirs[i]!);
    }
    const expected = `${theirs}Alpha beta gamma${mine} delta.`;
    expect(researcher.getText()).toBe(expected);
    expect(editor.getText()).toBe(expected);
  });

  it("stays after the text it followed when someone deletes before it", () => {
    const [a, b] = twoEditors();
    a.commands.insertContentAt(1, "one two three");
    a.commands.setTextSelection(1 + "one two".length);
    b.commands.deleteRange({ from: 1, to: 1 + "one ".length });
    typeChar(a, "!");
    expect(b.getText()).toBe("two! three");
  });

  it("records typed text where the caret is, not inside a neighbour's word that starts the same way", () => {
    const [a, b] = twoEditors();
    b.commands.insertContentAt(1, "X» «c1»");
    // A relative position on the neighbour's own « (index 3): it must stay in front of the neighbour's word.
    const marker = Y.createRelativePositionFromTypeIndex(findText(a), 3);
    a.commands.setTextSelection(1 + "X»".length);
    a.commands.insertContent(" «b1»");
    expect(a.getText()).toBe("X» «b1» «c1»");
    const at = Y.createAbsolutePositionFromRelativePosition(marker, docOf(a));
    expect(at?.index).toBe("X» «b1» ".length);
  });
});

function docOf(editor: Editor): Y.Doc {
  return (editor.extensionManager.extensions.find((e) => e.name === "collaboration")!.options as { document: Y.Doc }).document;
}

function findText(editor: Editor): Y.XmlText {
  const paragraph = docOf(editor).getXmlFragment(FRAGMENT).get(0) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

