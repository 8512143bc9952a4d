import { mergeAttributes, Node } from "@tiptap/core";

export interface CitationOptions {
  /**
   * Attributes added to the rendered marker.
   * @default {}
   */
  HTMLAttributes: Record<string, string>;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    citation: {
      /** Inserts a footnote marker for an existing citation at the selection's end. */
      insertCitation: (citationId: string) => ReturnType;
    };
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a well-formed citation id (the only thing the node stores). */
export function isCitationId(value: unknown): value is string {
  return typeof value === "string" && uuidPattern.test(value);
}

/** An inline atom that stores only a citation id; numbering and text are computed elsewhere. */
export const Citation = Node.create<CitationOptions>({
  name: "citation",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  // Yjs (y-prosemirror) keeps no marks on inline nodes: a suggested insertion or removal of a footnote marker is
  // its `suggestion` attribute instead (see suggest-changes.ts).
  marks: "",

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      citationId: {
        default: null,
        parseHTML: (el) => {
          const id = el.getAttribute("data-citation-id");
          return isCitationId(id) ? id : null;
        },
        renderHTML: (attrs) => (isCitationId(attrs.citationId) ? { "data-citation-id": attrs.citationId } : {}),
      },
      // A suggested change of this footnote's access date or pinpoint (CitationEditSuggestion), made in Suggesting
      // mode instead of PATCH /api/citations/{id}; applied to the registry when accepted.
      suggestedEdit: {
        default: null,
        parseHTML: () => null,
        renderHTML: () => ({}),
      },
      suggestion: {
        default: null,
        // Never parsed from HTML: a paste carries no one's suggestion.
        parseHTML: () => null,
        renderHTML: (attrs) => {
          const s = attrs.suggestion as { kind?: string; id?: string; authorName?: string } | null;
          return s?.id ? { "data-suggestion-id": s.id, "data-suggestion-kind": s.kind, title: `${s.kind === "delete" ? "Suggested removal" : "Suggested"} by ${s.authorName ?? "someone"}`, class: `suggestion suggestion-${s.kind === "delete" ? "del" : "ins"}` } : {};
        },
      },
    };
  },

  parseHTML() {
    return [{ tag: "sup[data-citation-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["sup", mergeAttributes({ class: "citation-marker" }, this.options.HTMLAttributes, HTMLAttributes), "*"];
  },

  renderText() {
    return "";
  },

  addCommands() {
    return {
      insertCitation:
        (citationId) =>
        ({ chain, state }) => {
          if (!isCitationId(citationId)) return false;
          return chain()
            .insertContentAt(state.selection.to, { type: this.name, attrs: { citationId } })
            .run();
        },
    };
  },
});
