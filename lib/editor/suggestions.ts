import type { Node as PMNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { suggestionDeleteMark, suggestionInsertMark, suggestionOn } from "./suggestion-marks";

export type SuggestionKind = "insert" | "delete" | "format" | "citation";

/** One open suggestion of a document, as `GET /api/sections/{id}/suggestions` lists it. */
export interface SuggestionSummary {
  id: string;
  kind: SuggestionKind;
  text: string;
  author: { id: string; name: string };
  createdAt: string;
  /** Where its first character is in the document (jump-to). */
  from: number;
}

/** Every open suggestion of a ProseMirror document, in document order. */
export function listSuggestions(doc: PMNode): SuggestionSummary[] {
  const byId = new Map<string, SuggestionSummary>();
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const s = suggestionOn(node);
    if (!s) return false;
    let entry = byId.get(s.attrs.id);
    if (!entry) {
      entry = { id: s.attrs.id, kind: node.isText ? s.kind : "citation", text: "", author: { id: s.attrs.authorId, name: s.attrs.authorName }, createdAt: s.attrs.createdAt, from: pos };
      byId.set(s.attrs.id, entry);
    }
    if (node.isText) entry.text += node.text ?? "";
    return false;
  });
  return [...byId.values()];
}

interface Piece {
  from: number;
  to: number;
  kind: "insert" | "delete";
  atom: boolean;
}

/** The pieces of the document carrying one suggestion, text merged where it touches. */
function piecesOf(doc: PMNode, match: (id: string) => boolean): Piece[] {
  const out: Piece[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const s = suggestionOn(node);
    if (s && match(s.attrs.id)) {
      const last = out[out.length - 1];
      if (node.isText && last && !last.atom && last.to === pos && last.kind === s.kind) last.to = pos + node.nodeSize;
      else out.push({ from: pos, to: pos + node.nodeSize, kind: s.kind, atom: !node.isText });
    }
    return false;
  });
  return out;
}

function settle(tr: Transform, pieces: Piece[], keep: (kind: "insert" | "delete") => boolean): void {
  const schema = tr.doc.type.schema;
  // From the end, so earlier positions stay valid.
  for (const p of [...pieces].reverse()) {
    if (!keep(p.kind)) {
      tr.delete(p.from, p.to);
    } else if (p.atom) {
      const node = tr.doc.nodeAt(p.from);
      if (node) tr.setNodeMarkup(p.from, undefined, { ...node.attrs, suggestion: null });
    } else {
      tr.removeMark(p.from, p.to, schema.marks[p.kind === "insert" ? suggestionInsertMark : suggestionDeleteMark]!);
    }
  }
}

/**
 * Applies a decision to a document: accepting an insertion (or rejecting a deletion) keeps the text and drops the
 * mark; rejecting an insertion (or accepting a deletion) removes the text. Returns null when the document holds
 * no such suggestion.
 */
export function decideSuggestionTransform(tr: Transform, id: string, decision: "accepted" | "rejected"): Transform | null {
  const pieces = piecesOf(tr.doc, (x) => x === id);
  if (pieces.length === 0) return null;
  settle(tr, pieces, (kind) => (kind === "insert") === (decision === "accepted"));
  return tr;
}

/**
 * The document as the section stands without its open suggestions: proposed text left out, text proposed for
 * removal kept (unmarked). This is what revisions, derived columns and published text hold.
 */
export function withoutSuggestions(doc: PMNode): PMNode {
  const pieces = piecesOf(doc, () => true);
  if (pieces.length === 0) return doc;
  const tr = new Transform(doc);
  settle(tr, pieces, (kind) => kind === "delete");
  return tr.doc;
}
