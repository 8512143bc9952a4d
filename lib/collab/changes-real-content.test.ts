import type { Node as PMNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { sectionSchema } from "@/lib/editor/schema";
import { decideSuggestionTransform } from "@/lib/editor/suggestions";
import { suggestionDeleteMark, suggestionFormatMark, suggestionInsertMark } from "@/lib/editor/suggestion-marks";
import { writeNodeToYDoc, yDocToNode } from "@/lib/editor/ydoc-content";
import { changesRealContent, changesRealContentByComparison, typesPlainText } from "./changes-real-content";

const schema = sectionSchema();
const citationId = "1b7f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
const by = (id: string, authorId = "u-rev") => ({ id, authorId, authorName: "Rev", createdAt: "2026-12-05T04:00:00.000Z" });
const ins = (id = "s.1", authorId?: string) => schema.marks[suggestionInsertMark]!.create(by(id, authorId));

/** A Y.Doc holding one paragraph per string ("Hello world." by default). */
function docWith(...paragraphs: string[]): Y.Doc {
  const doc = new Y.Doc();
  const node = schema.node("doc", null, (paragraphs.length ? paragraphs : ["Hello world."]).map((t, i) => schema.node("paragraph", { id: `block00000${i}` }, t ? [schema.text(t)] : [])));
  writeNodeToYDoc(doc, node);
  return doc;
}

/** Applies `change` to the document as an editor would (y-prosemirror's diff) and reads each Yjs transaction it made. */
function readChange<T>(doc: Y.Doc, change: (tr: Transform, node: PMNode) => void, read: (tr: Y.Transaction) => T): T[] {
  const results: T[] = [];
  const listener = (tr: Y.Transaction) => {
    if (tr.origin === "me") results.push(read(tr));
  };
  doc.on("afterTransaction", listener);
  const node = yDocToNode(doc);
  const tr = new Transform(node);
  change(tr, node);
  doc.transact(() => writeNodeToYDoc(doc, tr.doc), "me");
  doc.off("afterTransaction", listener);
  return results;
}

/** Applies `change` to the document as an editor would and says whether it changed real content. */
function classify(doc: Y.Doc, change: (tr: Transform, node: PMNode) => void): boolean {
  const results = readChange(doc, change, changesRealContent);
  expect(results.length, "the change made a Yjs transaction").toBeGreaterThan(0);
  return results.some(Boolean);
}

describe("changesRealContent: what counts as writing the section", () => {
  it("typing, deleting, formatting and splitting plain text are real changes", () => {
    expect(classify(docWith(), (tr) => tr.insert(13, schema.text("!")))).toBe(true);
    expect(classify(docWith(), (tr) => tr.insert(3, schema.text("X")))).toBe(true);
    expect(classify(docWith(), (tr) => tr.delete(1, 3))).toBe(true);
    expect(classify(docWith(), (tr) => tr.addMark(1, 6, schema.marks.bold!.create()))).toBe(true);
    expect(classify(docWith(), (tr) => tr.split(6))).toBe(true);
    expect(classify(docWith("One.", "Two."), (tr) => tr.join(6))).toBe(true);
    expect(classify(docWith(), (tr) => tr.insert(7, schema.node("citation", { citationId })))).toBe(true);
  });

  it("suggested text (at the end, in the middle, inside bold), removal marks and format suggestions are not", () => {
    expect(classify(docWith(), (tr) => tr.insert(13, schema.text(" More.", [ins()])))).toBe(false);
    expect(classify(docWith(), (tr) => tr.insert(7, schema.text("brave ", [ins()])))).toBe(false);
    const bold = docWith();
    classify(bold, (tr) => tr.addMark(1, 13, schema.marks.bold!.create()));
    expect(classify(bold, (tr) => tr.insert(7, schema.text("brave ", [schema.marks.bold!.create(), ins()])))).toBe(false);
    expect(classify(docWith(), (tr) => tr.addMark(1, 6, schema.marks[suggestionDeleteMark]!.create(by("s.2"))))).toBe(false);
    expect(classify(docWith(), (tr) => tr.addMark(1, 6, schema.marks[suggestionFormatMark]!.create({ ...by("s.3"), action: "add", markName: "bold", markAttrs: null })))).toBe(false);
  });

  it("a suggested footnote marker put into the middle of text is not (y-prosemirror moves the text after it)", () => {
    const doc = docWith();
    expect(classify(doc, (tr) => tr.insert(7, schema.node("citation", { citationId, suggestion: { ...by("s.4"), kind: "insert" } })))).toBe(false);
    expect(yDocToNode(doc).textContent).toBe("Hello world.");
    expect(classify(doc, (tr) => void decideSuggestionTransform(tr, "s.4", "rejected"))).toBe(false);
    expect(yDocToNode(doc).firstChild!.childCount).toBe(1);
    // Proposing a real marker's removal is not either; accepting the removal is.
    const real = docWith();
    expect(classify(real, (tr) => tr.insert(7, schema.node("citation", { citationId })))).toBe(true);
    expect(classify(real, (tr, node) => tr.setNodeMarkup(7, undefined, { ...node.nodeAt(7)!.attrs, suggestion: { ...by("s.5"), kind: "delete" } }))).toBe(false);
    expect(classify(real, (tr) => void tr.setNodeAttribute(7, "suggestedEdit", { ...by("s.8"), changes: [{ position: 0, pinpoint: "p 4" }] }))).toBe(false);
    expect(classify(real, (tr) => void decideSuggestionTransform(tr, "s.8", "rejected"))).toBe(false);
    expect(classify(real, (tr) => void decideSuggestionTransform(tr, "s.5", "accepted"))).toBe(true);
    expect(yDocToNode(real).textContent).toBe("Hello world.");
  });

  it("deleting one's own suggested text and rejecting a suggestion are not; accepting one is", () => {
    const doc = docWith();
    classify(doc, (tr) => tr.insert(13, schema.text(" More words.", [ins("s.6")])));
    expect(classify(doc, (tr) => tr.delete(18, 25))).toBe(false);
    expect(classify(doc, (tr) => void decideSuggestionTransform(tr, "s.6", "rejected"))).toBe(false);
    expect(yDocToNode(doc).textContent).toBe("Hello world.");
    classify(doc, (tr) => tr.insert(1, schema.text("Oh. ", [ins("s.7")])));
    expect(classify(doc, (tr) => void decideSuggestionTransform(tr, "s.7", "accepted"))).toBe(true);
    expect(yDocToNode(doc).textContent).toBe("Oh. Hello world.");
  });

  it("a real change together with a suggestion is real", () => {
    expect(
      classify(docWith(), (tr) => {
        tr.insert(13, schema.text(" More.", [ins()]));
        tr.insert(1, schema.text("Y"));
      }),
    ).toBe(true);
  });

  it("typing proved real without comparison agrees with the comparison, around suggestions, bold and markers", () => {
    // One paragraph with bold text, a suggested insertion and a footnote marker; then single keystrokes (plain or
    // suggested) at every position, each classified both ways.
    const base = docWith("Hello brave new world.");
    classify(base, (tr) => tr.addMark(7, 12, schema.marks.bold!.create()));
    classify(base, (tr) => tr.insert(13, schema.text("very ", [ins("s.9")])));
    classify(base, (tr) => tr.insert(24, schema.node("citation", { citationId })));
    const size = yDocToNode(base).firstChild!.content.size;
    let proved = 0;
    let declined = 0;
    for (let pos = 1; pos <= size + 1; pos++) {
      for (const suggested of [false, true]) {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
        const seen = readChange(
          doc,
          (tr) => tr.insert(pos, schema.text("x", suggested ? [ins("s.10")] : [])),
          (tr) => ({ fast: typesPlainText(tr), full: changesRealContentByComparison(tr) }),
        );
        expect(seen).toHaveLength(1);
        const { fast, full } = seen[0]!;
        // Proved real only where the comparison finds it real; plain typing is proved where it is not inside the
        // suggested text, and suggested typing never.
        if (fast) expect(full, `position ${pos}, suggested ${suggested}`).toBe(true);
        if (suggested) expect(fast).toBe(false);
        if (fast) proved++;
        else declined++;
      }
    }
    expect(proved).toBeGreaterThan(10);
    expect(declined).toBeGreaterThan(10);
  });

  it("text typed into a paragraph that holds a suggestion elsewhere is proved real at once", () => {
    const doc = docWith("Hello world.");
    classify(doc, (tr) => tr.insert(7, schema.text("brave ", [ins("s.11")])));
    const proved = (at: number) =>
      readChange(
        doc,
        (tr) => tr.insert(at, schema.text("x")),
        (tr) => {
          expect(changesRealContent(tr)).toBe(true);
          return typesPlainText(tr);
        },
      )[0];
    // Typing where the suggestion ends rewrites its closing format (a deletion): decided by comparison, as real.
    expect(proved(13)).toBe(false);
    expect(proved(1)).toBe(true); // before the suggestion
    expect(proved(yDocToNode(doc).firstChild!.content.size + 1)).toBe(true); // at the end of the paragraph, after it
  });
});
