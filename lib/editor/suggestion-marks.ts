import { Mark, mergeAttributes } from "@tiptap/core";
import type { DOMOutputSpec, Mark as PMMark, Node as PMNode } from "@tiptap/pm/model";
import { userColor } from "@/lib/collab/user-color";

/** The two marks a suggestion leaves in the text: proposed text, and text proposed for removal. */
export const suggestionInsertMark = "suggestionInsert";
export const suggestionDeleteMark = "suggestionDelete";
export const suggestionFormatMark = "suggestionFormat";

/** What every suggestion mark carries (stored in the section's Yjs document as the mark's attributes). */
export interface SuggestionAttrs {
  /** `<sectionId>.<random>`: the section is part of the id, so a decision finds its document. */
  id: string;
  authorId: string;
  authorName: string;
  /** ISO 8601. */
  createdAt: string;
}

const attrs = () => ({ id: { default: "" }, authorId: { default: "" }, authorName: { default: "" }, createdAt: { default: "" } });

function hoverText(a: SuggestionAttrs, verb: string): string {
  const when = /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(a.createdAt) ? a.createdAt.slice(0, 16).replace("T", " ") + " UTC" : "";
  return `${verb} by ${a.authorName || "someone"}${when ? `, ${when}` : ""}`;
}

function rendered(tag: "ins" | "del", verb: string) {
  return ({ mark, HTMLAttributes }: { mark: PMMark; HTMLAttributes: Record<string, unknown> }): DOMOutputSpec => {
    const a = mark.attrs as SuggestionAttrs;
    return [
      tag,
      mergeAttributes(HTMLAttributes, {
        "data-suggestion-id": a.id,
        "data-suggestion-author": a.authorName,
        title: hoverText(a, verb),
        class: `suggestion suggestion-${tag}`,
        style: `--suggestion-color: ${userColor(a.authorId)}`,
      }),
      0,
    ];
  };
}

// Neither mark is parsed from HTML: a paste carries no one's suggestion (it would forge its author), and neither is
// inclusive, so text typed next to a suggestion in Editing mode is plain text, not part of it.
const common = { inclusive: false, excludes: "", spanning: true, parseHTML: () => [], addAttributes: attrs } as const;

/** Text proposed by a suggestion: not part of the section until accepted. */
export const SuggestionInsert = Mark.create({
  name: suggestionInsertMark,
  ...common,
  excludes: suggestionInsertMark,
  renderHTML: rendered("ins", "Suggested"),
});

/** Text a suggestion proposes to remove: still part of the section until accepted. */
export const SuggestionDelete = Mark.create({
  name: suggestionDeleteMark,
  ...common,
  excludes: suggestionDeleteMark,
  renderHTML: rendered("del", "Suggested removal"),
});

/** What a formatting suggestion proposes: add or remove one mark (bold, italic, a link with its address). */
export interface FormatChange {
  action: "add" | "remove";
  markName: string;
  markAttrs: Record<string, unknown> | null;
}

/** A proposed formatting change on the text it covers; several may overlap (each is its own mark). */
export const SuggestionFormat = Mark.create({
  name: suggestionFormatMark,
  ...common,
  excludes: "",
  addAttributes: () => ({ ...attrs(), action: { default: "add" }, markName: { default: "" }, markAttrs: { default: null } }),
  renderHTML: ({ mark, HTMLAttributes }): DOMOutputSpec => {
    const a = mark.attrs as SuggestionAttrs & FormatChange;
    return [
      "span",
      mergeAttributes(HTMLAttributes, {
        "data-suggestion-id": a.id,
        "data-suggestion-author": a.authorName,
        title: hoverText(a, `Suggested: ${a.action === "remove" ? "remove" : "make"} ${a.markName}`),
        class: "suggestion suggestion-format",
        style: `--suggestion-color: ${userColor(a.authorId)}`,
      }),
      0,
    ];
  },
});

/** A suggestion on an inline atom (a footnote marker), stored as its `suggestion` attribute: Yjs keeps no marks there. */
export interface NodeSuggestion extends SuggestionAttrs {
  kind: "insert" | "delete";
}

/** The suggestion a text node (by its mark) or an inline atom (by its attribute) carries, if any. */
export function suggestionOn(node: PMNode): { kind: "insert" | "delete"; attrs: SuggestionAttrs } | null {
  if (node.isText) {
    for (const mark of node.marks) {
      if (mark.type.name === suggestionInsertMark) return { kind: "insert", attrs: mark.attrs as SuggestionAttrs };
      if (mark.type.name === suggestionDeleteMark) return { kind: "delete", attrs: mark.attrs as SuggestionAttrs };
    }
    return null;
  }
  const s = node.attrs.suggestion as NodeSuggestion | null | undefined;
  if (!s || typeof s !== "object" || !s.id || (s.kind !== "insert" && s.kind !== "delete")) return null;
  return { kind: s.kind, attrs: { id: s.id, authorId: s.authorId, authorName: s.authorName, createdAt: s.createdAt } };
}

/** Whether an inline node can carry a suggestion as its attribute (a footnote marker). */
export function carriesNodeSuggestion(node: PMNode): boolean {
  const spec = node.type.spec.attrs;
  return node.isInline && !node.isText && spec !== undefined && "suggestion" in spec;
}

/** One source's proposed values in a footnote edit suggestion (`null` pinpoint clears it). */
export interface CitationFieldChange {
  /** The source's place in the note (0-based). */
  position: number;
  accessed?: string;
  pinpoint?: string | null;
}

/** A suggested change of a footnote's access dates or pinpoints: the marker's `suggestedEdit` attribute. */
export interface CitationEditSuggestion extends SuggestionAttrs {
  changes: CitationFieldChange[];
}

export const citationEditAttribute = "suggestedEdit";

/** The footnote edit suggestion an inline node carries, if any. */
export function citationEditOn(node: PMNode): CitationEditSuggestion | null {
  const s = node.isText ? null : (node.attrs[citationEditAttribute] as CitationEditSuggestion | null | undefined);
  return s && typeof s === "object" && s.id && Array.isArray(s.changes) ? s : null;
}

/** What a footnote edit suggestion proposes, in words (the listed suggestion's `text`). */
export function describeCitationEdit(changes: readonly CitationFieldChange[]): string {
  return changes
    .map((c) => {
      const parts: string[] = [];
      if (c.accessed !== undefined) parts.push(`accessed ${c.accessed}`);
      if (c.pinpoint !== undefined) parts.push(c.pinpoint === null ? "no pinpoint" : `pinpoint ${c.pinpoint}`);
      return (changes.length > 1 ? `source ${c.position + 1}: ` : "") + parts.join(", ");
    })
    .join("; ");
}
