// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { baseExtensions } from "./extensions";
import { openSuggestionsKey } from "./open-suggestions";
import { SuggestChanges } from "./suggest-changes";
import { suggestionDeleteMark } from "./suggestion-marks";
import { decideSuggestionTransform, listSuggestions } from "./suggestions";

const sectionId = "0b7f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

function makeEditor() {
  let n = 0;
  const editor = new Editor({
    extensions: [...baseExtensions(), SuggestChanges.configure({ author: { id: "u-ann", name: "Ann" }, sectionId, now: () => new Date("2026-12-05T04:00:00Z"), random: () => `r${++n}` })],
    content: { type: "doc", content: ["Hello world.", "Second paragraph."].map((text, i) => ({ type: "paragraph", attrs: { id: `block00000${i + 1}` }, content: [{ type: "text", text }] })) },
  });
  editors.push(editor);
  return editor;
}

const open = (editor: Editor) => openSuggestionsKey.getState(editor.state)!;

describe("open suggestions kept as plugin state", () => {
  it("typing without suggestions keeps the same (empty) list instead of listing the section again", () => {
    const editor = makeEditor();
    const before = open(editor);
    expect(before).toEqual([]);
    editor.commands.setTextSelection(6);
    for (const ch of " and more") editor.view.dispatch(editor.state.tr.insertText(ch));
    editor.view.dispatch(editor.state.tr.delete(1, 3));
    expect(open(editor)).toBe(before);
  });

  it("lists a suggestion typed in Suggesting mode, one made by a mark, and drops them once decided", () => {
    const editor = makeEditor();
    editor.commands.setEditorMode("suggesting");
    editor.commands.setTextSelection(6);
    for (const ch of ", new") editor.view.dispatch(editor.state.tr.insertText(ch));
    expect(open(editor)).toEqual(listSuggestions(editor.state.doc));
    expect(open(editor)).toEqual([expect.objectContaining({ kind: "insert", text: ", new" })]);

    // A suggested removal set as a mark (no step map): found too.
    editor.commands.setEditorMode("editing");
    const mark = editor.schema.marks[suggestionDeleteMark]!.create({ id: `${sectionId}.x1`, authorId: "u-bob", authorName: "Bob", createdAt: "2026-12-05T04:00:00.000Z" });
    const second = editor.state.doc.child(0).nodeSize + 1;
    editor.view.dispatch(editor.state.tr.addMark(second, second + 6, mark));
    expect(open(editor).map((s) => s.kind)).toEqual(["insert", "delete"]);
    expect(open(editor)).toEqual(listSuggestions(editor.state.doc));

    for (const s of open(editor)) {
      const tr = editor.state.tr;
      decideSuggestionTransform(tr, s.id, "rejected");
      editor.view.dispatch(tr);
    }
    expect(open(editor)).toEqual([]);
    expect(editor.state.doc.textContent).toBe("Hello world.Second paragraph.");
  });

  it("finds a suggestion written by a change that replaces the whole document (how a co-author's change arrives)", () => {
    const editor = makeEditor();
    const other = makeEditor();
    other.commands.setEditorMode("suggesting");
    other.commands.setTextSelection(1);
    other.view.dispatch(other.state.tr.insertText("Oh, "));
    const copy = editor.schema.nodeFromJSON(other.getJSON());
    editor.view.dispatch(editor.state.tr.replaceWith(0, editor.state.doc.content.size, copy.content));
    expect(editor.state.doc.textContent).toBe("Oh, Hello world.Second paragraph.");
    expect(open(editor)).toEqual([expect.objectContaining({ kind: "insert", text: "Oh, " })]);
  });
});
