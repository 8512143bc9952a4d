// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { baseExtensions } from "./extensions";
import { undoAvailability } from "./undo-state";
import { FRAGMENT } from "./ydoc-content";

const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

/** The toolbar's Undo and Redo read the undo manager directly; they must agree with Tiptap's own `can()`. */
describe("undoAvailability", () => {
  it("answers what editor.can().undo() and .redo() answer, through typing, undo, redo and a remote change", async () => {
    const doc = new Y.Doc();
    const editor = new Editor({ element: document.createElement("div"), extensions: [...baseExtensions(), Collaboration.configure({ document: doc, field: FRAGMENT })] });
    editors.push(editor);
    const seen: string[] = [];
    const check = (what: string) => {
      const own = undoAvailability(editor.state);
      expect(own, what).toEqual({ canUndo: editor.can().undo(), canRedo: editor.can().redo() });
      seen.push(`${what}:${Number(own.canUndo)}${Number(own.canRedo)}`);
    };
    check("empty");
    editor.commands.insertContent("first words");
    // The undo manager closes a step after its capture timeout; wait past it so the steps are separate.
    await new Promise((r) => setTimeout(r, 600));
    check("typed");
    editor.commands.insertContent(" and more");
    check("typed again");
    editor.commands.undo();
    check("one undone");
    editor.commands.undo();
    check("all undone");
    editor.commands.redo();
    check("one redone");
    // Someone else's change does not enter this person's undo stack.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    remote.getXmlFragment(FRAGMENT).insert(0, [new Y.XmlElement("paragraph")]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    check("remote change");
    // Both answers were seen true and false, so the comparison above could have failed either way.
    expect(seen).toEqual(["empty:00", "typed:10", "typed again:10", "one undone:11", "all undone:01", "one redone:11", "remote change:11"]);
  });

  it("answers no undo and no redo for an editor without collaboration", () => {
    const editor = new Editor({ element: document.createElement("div"), extensions: baseExtensions() });
    editors.push(editor);
    editor.commands.insertContent("text");
    expect(undoAvailability(editor.state)).toEqual({ canUndo: false, canRedo: false });
  });
});
