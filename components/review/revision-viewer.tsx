"use client";

import { useState } from "react";
import { EditorContent, useEditor } from "@tiptap/react";
import { Citation } from "@/lib/editor/citation-node";
import { baseExtensions } from "@/lib/editor/extensions";
import { Button } from "@/components/ui/button";
import { RedlineDecorations, type RangeMark } from "./redline-decorations";

export interface RevisionViewerProps {
  doc: Record<string, unknown>;
  numbers: Record<string, number>;
  marks: RangeMark[];
  label: string;
  /** When set, selecting text offers "Comment" with these positions. */
  onComment?: (range: { from: number; to: number; quote: string }) => void;
}

/** A read-only rendering of a revision (same schema as the editor, so selections are document positions). */
export function RevisionViewer({ doc, numbers, marks, label, onComment }: RevisionViewerProps) {
  const [selection, setSelection] = useState<{ from: number; to: number; quote: string } | null>(null);
  // Rebuilt when the decorations change (new threads after a refresh); the document itself never changes.
  const marksKey = JSON.stringify(marks);
  const editor = useEditor({
    immediatelyRender: false,
    editable: false,
    content: doc,
    extensions: [
      ...baseExtensions({ assignBlockIds: false }).filter((e) => e.name !== Citation.name),
      Citation.extend({
        renderHTML({ node }) {
          const id = String(node.attrs.citationId);
          return ["sup", { class: "citation-marker", "data-citation-id": id }, `[${numbers[id] ?? "?"}]`];
        },
      }),
      RedlineDecorations.configure({ marks }),
    ],
    editorProps: { attributes: { "aria-label": label, role: "document", class: "prose-folio px-4 py-3" } },
    onSelectionUpdate: ({ editor: e }) => {
      const { from, to } = e.state.selection;
      const quote = e.state.doc.textBetween(from, to, " ", "").trim();
      setSelection(to > from && quote ? { from, to, quote } : null);
    },
  }, [marksKey]);
  return (
    <div className="relative rounded-lg border border-slate-200 bg-white">
      <EditorContent editor={editor} />
      {onComment && selection ? (
        <div className="border-t border-slate-200 px-4 py-2">
          <Button size="sm" variant="secondary" onClick={() => onComment(selection)}>
            Comment on “{selection.quote.slice(0, 40)}”
          </Button>
        </div>
      ) : null}
    </div>
  );
}
