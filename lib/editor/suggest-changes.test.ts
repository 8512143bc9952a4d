// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { Transform } from "@tiptap/pm/transform";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { prosemirrorJSONToYDoc } from "y-prosemirror";
import { describe, expect, it } from "vitest";
import { baseExtensions } from "./extensions";
import { editorMode, structureRefusal, SuggestChanges } from "./suggest-changes";
import { suggestionDeleteMark, suggestionInsertMark } from "./suggestion-marks";
import { decideSuggestionTransform, listSuggestions, withoutSuggestions } from "./suggestions";
import { yDocCitationIds } from "./ydoc-citation-ids";
import { deriveContent, FRAGMENT, yDocToNode } from "./ydoc-content";

const sectionId = "0b7f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
const citationId = "1b7f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

function makeEditor(mode: "editing" | "suggesting" = "suggesting", { onRefused, paragraphs = ["Hello world."] }: { onRefused?: (message: string) => void; paragraphs?: string[] } = {}) {
  let n = 0;
  const editor = new Editor({
    extensions: [...baseExtensions(), SuggestChanges.configure({ author: { id: "u-ann", name: "Ann" }, sectionId, now: () => new Date("2026-12-05T04:00:00Z"), random: () => `r${++n}`, onRefused })],
    content: { type: "doc", content: paragraphs.map((text, i) => ({ type: "paragraph", attrs: { id: `block00000${i + 1}` }, content: [{ type: "text", text }] })) },
  });
  editor.commands.setEditorMode(mode);
  return editor;
}

const textAt = (editor: Editor) => editor.state.doc.textContent;
/** What Backspace does in a browser (happy-dom has no native editing): removes the selection or the character before the caret. */
function backspace(editor: Editor) {
  const { from, to, empty } = editor.state.selection;
  editor.view.dispatch(editor.state.tr.delete(empty ? from - 1 : from, to));
}
/** "Hello world.": position of character i (paragraph content starts at 1). */
const at = (i: number) => i + 1;

describe("suggestion mode (suggest-changes plugin)", () => {
  it("turns local typing into one insertion suggestion by its author", () => {
    const editor = makeEditor();
    expect(editorMode(editor.state)).toBe("suggesting");
    editor.commands.setTextSelection(at(5));
    for (const ch of [",", " ", "n", "e", "w"]) editor.view.dispatch(editor.state.tr.insertText(ch));
    expect(textAt(editor)).toBe("Hello, new world.");
    const list = listSuggestions(editor.state.doc);
    expect(list).toEqual([expect.objectContaining({ id: `${sectionId}.r1`, kind: "insert", text: ", new", author: { id: "u-ann", name: "Ann" }, createdAt: "2026-12-05T04:00:00.000Z" })]);
    // The section's text without suggestions is unchanged.
    expect(withoutSuggestions(editor.state.doc).textContent).toBe("Hello world.");
  });

  it("keeps deleted text, marked as a suggested removal, and the caret moves on backwards", () => {
    const editor = makeEditor();
    editor.commands.setTextSelection(at(11));
    backspace(editor);
    backspace(editor);
    expect(textAt(editor)).toBe("Hello world.");
    const list = listSuggestions(editor.state.doc);
    expect(list).toEqual([expect.objectContaining({ kind: "delete", text: "ld" })]);
    expect(editor.state.selection.from).toBe(at(9));
  });

  it("really removes what the same author only suggested, and replaces a selection with a removal and an insertion", () => {
    const editor = makeEditor();
    editor.commands.setTextSelection(at(5));
    editor.view.dispatch(editor.state.tr.insertText("XY"));
    backspace(editor);
    expect(textAt(editor)).toBe("HelloX world.");
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at(7), at(12))));
    editor.view.dispatch(editor.state.tr.insertText("earth"));
    expect(textAt(editor)).toBe("HelloX worldearth.");
    expect(listSuggestions(editor.state.doc).map((s) => [s.kind, s.text])).toEqual([
      ["insert", "X"],
      ["delete", "world"],
      ["insert", "earth"],
    ]);
  });

  it("never turns a remote (y-sync) transaction into a suggestion", () => {
    const editor = makeEditor();
    const remote = editor.state.tr.insertText("REMOTE ", at(0)).delete(at(5), at(11)).setMeta(ySyncPluginKey, { isChangeOrigin: true });
    const result = editor.state.applyTransaction(remote);
    expect(result.transactions).toHaveLength(1);
    expect(result.state.doc.eq(remote.doc)).toBe(true);
    expect(listSuggestions(result.state.doc)).toEqual([]);
    // The same change typed locally does become suggestions (so the check above can fail).
    const local = editor.state.tr.insertText("REMOTE ", at(0));
    expect(listSuggestions(editor.state.applyTransaction(local).state.doc)).toHaveLength(1);
  });

  it("does nothing in Editing mode (the default)", () => {
    const editor = makeEditor("editing");
    editor.commands.setTextSelection(at(5));
    editor.view.dispatch(editor.state.tr.insertText("!"));
    backspace(editor);
    backspace(editor);
    expect(textAt(editor)).toBe("Hell world.");
    expect(listSuggestions(editor.state.doc)).toEqual([]);
  });

  it("accepts and rejects: insertion kept or dropped, removal applied or undone", () => {
    const editor = makeEditor();
    editor.commands.setTextSelection(at(5));
    editor.view.dispatch(editor.state.tr.insertText("!!"));
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at(8), at(13))));
    backspace(editor);
    const [ins, del] = listSuggestions(editor.state.doc);
    expect([ins?.kind, del?.kind]).toEqual(["insert", "delete"]);
    const doc = editor.state.doc;
    const accepted = decideSuggestionTransform(new Transform(doc), ins!.id, "accepted")!;
    expect(decideSuggestionTransform(accepted, del!.id, "accepted")!.doc.textContent).toBe("Hello!! .");
    const rejected = decideSuggestionTransform(new Transform(doc), ins!.id, "rejected")!;
    expect(listSuggestions(rejected.doc)).toHaveLength(1);
    expect(decideSuggestionTransform(rejected, del!.id, "rejected")!.doc.textContent).toBe("Hello world.");
    expect(decideSuggestionTransform(new Transform(doc), "nope", "accepted")).toBeNull();
  });

  it("stores suggestions in Yjs: derived content leaves them out, a suggested citation is not numbered", () => {
    const editor = makeEditor();
    editor.commands.setTextSelection(at(5));
    editor.view.dispatch(editor.state.tr.insertText(" big"));
    editor.view.dispatch(editor.state.tr.insert(at(11), editor.schema.nodes.citation!.create({ citationId })));
    const list = listSuggestions(editor.state.doc);
    expect(list.map((s) => s.kind)).toEqual(["insert", "citation"]);
    const ydoc = prosemirrorJSONToYDoc(editor.schema, editor.state.doc.toJSON(), FRAGMENT);
    expect(deriveContent(ydoc).text).toBe("Hello world.");
    expect(yDocCitationIds(ydoc)).toEqual([]);
    // Accepting the citation makes it numbered; removing it (suggested) keeps it numbered until accepted.
    const citation = list.find((s) => s.kind === "citation")!;
    const accepted = decideSuggestionTransform(new Transform(editor.state.doc), citation.id, "accepted")!.doc;
    expect(yDocCitationIds(prosemirrorJSONToYDoc(editor.schema, accepted.toJSON(), FRAGMENT))).toEqual([citationId]);
    expect(editor.state.doc.firstChild!.child(1).marks.map((m) => m.type.name)).toEqual([suggestionInsertMark]);
    expect(editor.schema.marks[suggestionDeleteMark]).toBeDefined();
  });

  it("proposes formatting instead of applying it; accepting applies it, rejecting drops it", () => {
    const editor = makeEditor();
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at(0), at(5))));
    editor.commands.toggleBold();
    const para = () => editor.state.doc.firstChild!;
    expect(para().firstChild!.marks.map((m) => m.type.name)).toEqual(["suggestionFormat"]);
    const [format] = listSuggestions(editor.state.doc);
    expect(format).toMatchObject({ kind: "format", text: "Hello", author: { id: "u-ann", name: "Ann" } });
    expect(withoutSuggestions(editor.state.doc).firstChild!.firstChild!.marks).toEqual([]);
    const accepted = decideSuggestionTransform(new Transform(editor.state.doc), format!.id, "accepted")!.doc;
    expect(accepted.firstChild!.firstChild!.marks.map((m) => m.type.name)).toEqual(["bold"]);
    expect(listSuggestions(accepted)).toEqual([]);
    const rejected = decideSuggestionTransform(new Transform(editor.state.doc), format!.id, "rejected")!.doc;
    expect(rejected.firstChild!.firstChild!.marks).toEqual([]);
    expect(rejected.textContent).toBe("Hello world.");
    // Through Yjs (overlapping marks are stored under hashed keys) it is the same suggestion.
    expect(listSuggestions(yDocToNode(prosemirrorJSONToYDoc(editor.schema, editor.state.doc.toJSON(), FRAGMENT)))).toEqual([format]);
  });

  it("refuses a paragraph split or join while suggesting, saying why; a deletion across paragraphs is still a suggestion; Editing splits", () => {
    const refused: string[] = [];
    const editor = makeEditor("suggesting", { onRefused: (m) => refused.push(m), paragraphs: ["One two.", "Three."] });
    const before = editor.state.doc;
    // Enter in the middle of the first paragraph.
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 4)));
    expect(editor.commands.splitBlock()).toBe(true);
    expect(editor.state.doc.eq(before)).toBe(true);
    expect(refused).toEqual([structureRefusal]);
    // Backspace at the start of the second paragraph (a join).
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 11)));
    editor.commands.joinBackward();
    expect(editor.state.doc.eq(before)).toBe(true);
    expect(refused).toHaveLength(2);
    expect(structureRefusal).toMatch(/Splitting or joining paragraphs cannot be suggested/);
    // Selecting across both paragraphs and deleting marks the text for removal and keeps both paragraphs.
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 5, 13)));
    editor.view.dispatch(editor.state.tr.deleteSelection());
    expect(refused).toHaveLength(2);
    expect(editor.state.doc.childCount).toBe(2);
    expect(listSuggestions(editor.state.doc).map((s) => [s.kind, s.text])).toEqual([["delete", "two.Th"]]);
    // Editing mode: a split is a split.
    const plain = makeEditor("editing", { onRefused: (m) => refused.push(m) });
    plain.view.dispatch(plain.state.tr.setSelection(TextSelection.create(plain.state.doc, 6)));
    plain.commands.splitBlock();
    expect(plain.state.doc.childCount).toBe(2);
    expect(refused).toHaveLength(2);
  });

  it("a footnote's access date or pinpoint changed while suggesting is a citation suggestion; accept and reject drop it from the marker", () => {
    const editor = makeEditor("editing");
    editor.commands.setTextSelection(at(12));
    editor.commands.insertCitation(citationId);
    editor.commands.setEditorMode("suggesting");
    expect(editor.commands.suggestCitationEdit(citationId, [{ position: 0, accessed: "2026-11-01", pinpoint: "s 4" }])).toBe(true);
    const [edit] = listSuggestions(editor.state.doc);
    expect(edit).toMatchObject({ kind: "citation", text: "accessed 2026-11-01, pinpoint s 4", author: { id: "u-ann", name: "Ann" }, citationEdit: { citationId, changes: [{ position: 0, accessed: "2026-11-01", pinpoint: "s 4" }] } });
    // Still numbered (the marker is part of the text), not part of the derived content, the same through Yjs.
    const ydoc = prosemirrorJSONToYDoc(editor.schema, editor.state.doc.toJSON(), FRAGMENT);
    expect(yDocCitationIds(ydoc)).toEqual([citationId]);
    expect(JSON.stringify(deriveContent(ydoc).json)).not.toContain("2026-11-01");
    expect(listSuggestions(yDocToNode(ydoc))).toEqual([edit]);
    for (const decision of ["accepted", "rejected"] as const) {
      const decided = decideSuggestionTransform(new Transform(editor.state.doc), edit!.id, decision)!.doc;
      expect(listSuggestions(decided)).toEqual([]);
      expect(decided.firstChild!.lastChild!.attrs.citationId).toBe(citationId);
    }
    // Someone else cannot overwrite an open proposal; an unknown footnote is refused.
    const other = new Editor({ extensions: [...baseExtensions(), SuggestChanges.configure({ author: { id: "u-bob", name: "Bob" }, sectionId })], content: editor.getJSON() });
    expect(other.commands.suggestCitationEdit(citationId, [{ position: 0, pinpoint: null }])).toBe(false);
    expect(editor.commands.suggestCitationEdit(sectionId, [{ position: 0, pinpoint: null }])).toBe(false);
  });
});
