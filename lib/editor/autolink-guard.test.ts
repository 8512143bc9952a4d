// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { EditorState, TextSelection, type Plugin, type Transaction } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { cannotAddALink, guardedAutolink, isAutolink } from "./autolink-guard";
import { baseExtensions, FolioLink } from "./extensions";

// Tiptap's autolink as the section document configures it, and the same plugin guarded, over one schema.
const unguarded = new Editor({ extensions: baseExtensions().map((e) => (e.name === FolioLink.name ? FolioLink : e)) });
const { schema } = unguarded;
const tiptapAutolink: Plugin = unguarded.state.plugins.find(isAutolink)!;
const guarded = guardedAutolink(tiptapAutolink);
/** The section editor's own autolink plugin. */
const section = new Editor({ extensions: baseExtensions() });
const sectionAutolink = section.state.plugins.find(isAutolink)!;

function docOf(...paragraphs: (string | PMNode[])[]): PMNode {
  return schema.node(
    "doc",
    null,
    paragraphs.map((p, i) => schema.node("paragraph", { id: `block${String(i).padStart(7, "0")}` }, typeof p === "string" ? (p ? [schema.text(p)] : []) : p)),
  );
}

/** What a plugin makes of a transaction: the document after it and any transaction it appends. */
function outcome(plugin: Plugin, state: EditorState, tr: Transaction): PMNode {
  return EditorState.create({ schema, doc: state.doc, selection: state.selection, plugins: [plugin] }).applyTransaction(tr).state.doc;
}

function typeAt(state: EditorState, pos: number, text: string): Transaction {
  return state.tr.setSelection(TextSelection.create(state.doc, pos)).insertText(text);
}

function linksIn(doc: PMNode): string[] {
  const hrefs: string[] = [];
  doc.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === "link") hrefs.push(String(mark.attrs.href));
  });
  return hrefs;
}

describe("guardedAutolink", () => {
  it("is what the section editor runs: a URL ended by a space is linked, a plain word's space never reaches autolink", () => {
    const { schema: sectionSchema } = section;
    const doc = sectionSchema.node("doc", null, [sectionSchema.node("paragraph", null, [sectionSchema.text("see https://example.org")])]);
    const state = EditorState.create({ schema: sectionSchema, doc, plugins: [sectionAutolink] });
    expect(linksIn(state.applyTransaction(typeAt(state, doc.content.size - 1, " ")).state.doc)).toEqual(["https://example.org"]);
    // The guard answers before Tiptap's plugin would replay the steps (which it does for any change it is given).
    const plain = typeAt(state, 4, " ");
    expect(cannotAddALink([plain])).toBe(true);
    expect(state.applyTransaction(plain).transactions).toHaveLength(1);
    expect(sectionAutolink.spec.appendTransaction).not.toBe(tiptapAutolink.spec.appendTransaction);
  });

  it("still links a URL ended by a space, by Enter, and in a pasted sentence", () => {
    const state = EditorState.create({ schema, doc: docOf("see https://example.org") });
    const end = state.doc.firstChild!.nodeSize - 1;
    expect(linksIn(outcome(guarded, state, typeAt(state, end, " ")))).toEqual(["https://example.org"]);
    const split = state.tr.setSelection(TextSelection.create(state.doc, end)).split(end);
    expect(linksIn(outcome(guarded, state, split))).toEqual(["https://example.org"]);
    expect(linksIn(outcome(guarded, state, typeAt(state, end, " and https://b.org/x ")))).toEqual(["https://b.org/x"]);
    const local = EditorState.create({ schema, doc: docOf("at localhost") });
    expect(linksIn(outcome(guarded, local, typeAt(local, local.doc.firstChild!.nodeSize - 1, " ")))).toEqual(linksIn(outcome(tiptapAutolink, local, typeAt(local, local.doc.firstChild!.nodeSize - 1, " "))));
  });

  it("does not ask autolink for a letter, a deletion, or a space after a plain word", () => {
    const state = EditorState.create({ schema, doc: docOf("Japan issued 100 million cards") });
    const end = state.doc.firstChild!.nodeSize - 1;
    expect(cannotAddALink([typeAt(state, end, "s")])).toBe(true);
    expect(cannotAddALink([state.tr.delete(end - 3, end)])).toBe(true);
    expect(cannotAddALink([typeAt(state, end, " ")])).toBe(true);
    expect(cannotAddALink([typeAt(state, end, ".")])).toBe(true);
    // A space after a word with a dot, a split and a multi-step change with a space are left to autolink.
    expect(cannotAddALink([typeAt(EditorState.create({ schema, doc: docOf("see a.b") }), 8, " ")])).toBe(false);
    expect(cannotAddALink([state.tr.split(end)])).toBe(false);
    expect(cannotAddALink([typeAt(state, end, "x").insertText(" ", 2)])).toBe(false);
  });

  it("gives the same document as Tiptap's autolink over 3,000 random edits, and skips most of them", () => {
    let seed = 20261205;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const pieces = ["a", "b", "x", "com", "org", ".", ":", "//", "@", "www", "http", "https://", "https://a", "mailto:", "localhost", " ", " ", "\u00a0", "(", ")", "[", "]", "1", "é", "-"];
    let state = EditorState.create({ schema, doc: docOf("Start with https://example.com and", "then some https://www.ex", "", "mailto:") });
    let skipped = 0;
    let linked = 0;
    for (let i = 0; i < 3000; i++) {
      const size = state.doc.content.size;
      const textPositions: number[] = [];
      state.doc.descendants((node, pos) => {
        if (node.isTextblock) for (let p = pos + 1; p <= pos + node.nodeSize - 1; p++) textPositions.push(p);
      });
      const at = pick(textPositions);
      const tr = state.tr;
      const kind = random();
      if (kind < 0.6) tr.setSelection(TextSelection.create(tr.doc, at)).insertText(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(pieces)).join(""));
      else if (kind < 0.75) tr.delete(Math.max(1, at - 1 - Math.floor(random() * 4)), at);
      else if (kind < 0.8) tr.split(at);
      else if (kind < 0.9) tr.insertText(pick(pieces), at).insertText(pick(pieces), Math.min(at + 1, tr.doc.content.size - 1));
      else tr.setSelection(TextSelection.create(tr.doc, at)).insertText(`https://${pick(pieces)}.${pick(pieces)} `);
      if (tr.doc.content.size === size && tr.doc.eq(state.doc)) continue;
      if (cannotAddALink([tr])) skipped += 1;
      const expected = outcome(tiptapAutolink, state, tr);
      const got = outcome(guarded, state, tr);
      expect(got.toJSON(), `edit ${i}`).toEqual(expected.toJSON());
      if (linksIn(expected).length > linksIn(tr.doc).length) linked += 1;
      state = state.apply(tr);
      if (state.doc.content.size > 4000) state = EditorState.create({ schema, doc: docOf("Start again with https://example.com and") });
    }
    // The guard must be doing something (most edits skipped) and the run must include edits that link.
    expect(skipped).toBeGreaterThan(1500);
    expect(linked).toBeGreaterThan(8);
  });
});
