import type { Node as PMNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import type { Mark } from "@tiptap/pm/model";
import { citationEditAttribute, citationEditOn, describeCitationEdit, suggestionDeleteMark, suggestionFormatMark, suggestionInsertMark, suggestionOn, type CitationFieldChange, type FormatChange, type SuggestionAttrs } from "./suggestion-marks";

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
  /** A suggested access date / pinpoint change: which footnote, and the values proposed (not in the JSON route). */
  citationEdit?: { citationId: string; changes: CitationFieldChange[] };
}

/** Every open suggestion of a ProseMirror document, in document order. */
export function listSuggestions(doc: PMNode): SuggestionSummary[] {
  const byId = new Map<string, SuggestionSummary>();
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const f of node.marks) {
      if (f.type.name !== suggestionFormatMark) continue;
      const a = f.attrs as SuggestionAttrs;
      const entry = byId.get(a.id) ?? { id: a.id, kind: "format" as const, text: "", author: { id: a.authorId, name: a.authorName }, createdAt: a.createdAt, from: pos };
      byId.set(a.id, entry);
      entry.text += node.text ?? "";
    }
    const edit = citationEditOn(node);
    if (edit && !byId.has(edit.id)) {
      byId.set(edit.id, {
        id: edit.id,
        kind: "citation",
        text: describeCitationEdit(edit.changes),
        author: { id: edit.authorId, name: edit.authorName },
        createdAt: edit.createdAt,
        from: pos,
        citationEdit: { citationId: String(node.attrs.citationId ?? ""), changes: edit.changes },
      });
    }
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
/** The ranges carrying one formatting suggestion's mark (the mark itself, to remove exactly it). */
function formatPieces(doc: PMNode, match: (id: string) => boolean): { from: number; to: number; mark: Mark }[] {
  const out: { from: number; to: number; mark: Mark }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) if (mark.type.name === suggestionFormatMark && match((mark.attrs as SuggestionAttrs).id)) out.push({ from: pos, to: pos + node.nodeSize, mark });
    return false;
  });
  return out;
}

/** Positions of the footnote markers carrying a matching edit suggestion. */
function editPieces(doc: PMNode, match: (id: string) => boolean): number[] {
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const edit = citationEditOn(node);
    if (edit && match(edit.id)) out.push(pos);
    return false;
  });
  return out;
}

export function decideSuggestionTransform(tr: Transform, id: string, decision: "accepted" | "rejected"): Transform | null {
  // A footnote edit: the values themselves live in the registry (applied there on accept); the marker only drops it.
  const edits = editPieces(tr.doc, (x) => x === id);
  if (edits.length > 0) {
    for (const pos of edits) tr.setNodeAttribute(pos, citationEditAttribute, null);
    return tr;
  }
  const formats = formatPieces(tr.doc, (x) => x === id);
  if (formats.length > 0) {
    const schema = tr.doc.type.schema;
    for (const f of formats) {
      const change = f.mark.attrs as FormatChange;
      const type = schema.marks[change.markName];
      if (decision === "accepted" && type) {
        if (change.action === "add") tr.addMark(f.from, f.to, type.create(change.markAttrs ?? undefined));
        else tr.removeMark(f.from, f.to, type);
      }
      tr.removeMark(f.from, f.to, f.mark);
    }
    return tr;
  }
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
  const formats = formatPieces(doc, () => true);
  const edits = editPieces(doc, () => true);
  if (pieces.length === 0 && formats.length === 0 && edits.length === 0) return doc;
  const tr = new Transform(doc);
  for (const pos of edits) tr.setNodeAttribute(pos, citationEditAttribute, null);
  const formatType = doc.type.schema.marks[suggestionFormatMark];
  if (formats.length > 0 && formatType) tr.removeMark(0, doc.content.size, formatType);
  settle(tr, pieces, (kind) => kind === "delete");
  return tr.doc;
}
