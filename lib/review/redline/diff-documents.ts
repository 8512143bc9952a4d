import { recreateTransform } from "@fellow/prosemirror-recreate-transform";
import { ChangeSet, simplifyChanges, type TokenEncoder } from "@tiptap/pm/changeset";
import type { Mark, Node as PMNode } from "@tiptap/pm/model";
import { AddMarkStep, RemoveMarkStep, type Transform } from "@tiptap/pm/transform";
import { sectionSchema } from "@/lib/editor/schema";

export interface TextChange {
  /** insert, delete, replace, or format (same text, other marks). */
  kind: "insert" | "delete" | "replace" | "format";
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
  deleted: string;
  inserted: string;
}

const markKey = (m: Mark) => (m.type.name === "link" ? `link=${String(m.attrs.href)}` : m.type.name);

// The default encoder ignores node attributes: a footnote marker pointing at another citation, or a heading
// changing level, would look unchanged.
const encoder: TokenEncoder<string | number> = {
  encodeCharacter: (char, marks) => (marks.length === 0 ? char : `${char}|${marks.map(markKey).join(",")}`),
  encodeNodeStart: (node) => {
    if (node.type.name === "citation") return `citation:${String(node.attrs.citationId)}`;
    if (node.type.name === "heading") return `heading:${String(node.attrs.level)}`;
    return node.type.name;
  },
  encodeNodeEnd: (node) => `/${node.type.name}`,
  compareTokens: (a, b) => a === b,
};

const leafText = (node: PMNode) => (node.type.name === "citation" ? "\u2020" : node.isText ? (node.text ?? "") : "");

function textOf(doc: PMNode, from: number, to: number): string {
  return from >= to ? "" : doc.textBetween(from, to, "\n", leafText);
}

/** Parses section JSON with the section schema (an empty document for null). */
export function toNode(json: Record<string, unknown> | null): PMNode {
  const schema = sectionSchema();
  return json ? schema.nodeFromJSON(json) : schema.topNodeType.createAndFill()!;
}

/**
 * Word-level changes between two section documents: steps are rebuilt between them (so a long section yields
 * many small changes, not one block), then condensed by prosemirror-changeset with an encoder that sees marks
 * and citation ids.
 */
export function diffDocuments(a: PMNode, b: PMNode): TextChange[] {
  const tr = recreateTransform(a, b, { complexSteps: true, wordDiffs: true, simplifyDiff: true });
  const set = ChangeSet.create(a, undefined, encoder).addSteps(tr.doc, tr.mapping.maps, null);
  const changes: TextChange[] = simplifyChanges(set.changes, b).map((c) => {
    const deleted = textOf(a, c.fromA, c.toA);
    const inserted = textOf(b, c.fromB, c.toB);
    const kind = c.fromA === c.toA ? "insert" : c.fromB === c.toB ? "delete" : deleted === inserted ? "format" : "replace";
    return { kind, fromA: c.fromA, toA: c.toA, fromB: c.fromB, toB: c.toB, deleted, inserted };
  });
  return [...changes, ...markChanges(tr, a, b, changes)].sort((x, y) => x.fromB - y.fromB || x.fromA - y.fromA);
}

/** Mark steps map no positions, so the change set never sees them: each becomes a "format" change. */
function markChanges(tr: Transform, a: PMNode, b: PMNode, textChanges: TextChange[]): TextChange[] {
  const out: TextChange[] = [];
  tr.steps.forEach((step, i) => {
    if (!(step instanceof AddMarkStep) && !(step instanceof RemoveMarkStep)) return;
    const { from, to } = step as unknown as { from: number; to: number };
    const after = tr.mapping.slice(i + 1);
    const before = tr.mapping.slice(0, i).invert();
    const fromB = after.map(from, 1);
    const toB = after.map(to, -1);
    const fromA = before.map(from, 1);
    const toA = before.map(to, -1);
    if (fromB >= toB || textChanges.some((c) => c.fromB < toB && fromB < c.toB)) return;
    const text = textOf(b, fromB, toB);
    if (out.some((c) => c.fromB === fromB && c.toB === toB)) return;
    out.push({ kind: "format", fromA, toA, fromB, toB, deleted: textOf(a, fromA, toA), inserted: text });
  });
  return out;
}
