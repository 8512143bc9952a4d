"use client";

import { useSyncExternalStore, createContext, useContext, useState } from "react";
import { NodeSelection } from "@tiptap/pm/state";
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import { Popover } from "radix-ui";
import { Citation } from "@/lib/editor/citation-node";
import type { NoteItem } from "@/lib/citations/types";
import { CitationEditForm } from "./citation-edit-form";
import type { FootnoteStore } from "./footnote-store";

export const FootnoteStoreContext = createContext<FootnoteStore | null>(null);

/** What a marker needs to edit its footnote in place: the footnote's current items, and a refetch after saving. */
export const CitationEditContext = createContext<{ itemsFor: (citationId: string) => NoteItem[] | undefined; refresh: (citationId: string) => void } | null>(null);

function CitationMarkerView({ node, selected, editor }: ReactNodeViewProps) {
  const store = useContext(FootnoteStoreContext);
  const edit = useContext(CitationEditContext);
  const [open, setOpen] = useState(false);
  const id = String(node.attrs.citationId ?? "");
  const note = useSyncExternalStore(
    store?.subscribe ?? (() => () => {}),
    () => store?.get(id),
    () => undefined,
  );
  const label = note ? `Footnote ${note.number}: ${note.text}` : "Footnote";
  const editable = editor.isEditable && edit !== null;
  const marker = `[${note?.number ?? "…"}]`;
  return (
    <NodeViewWrapper as="sup" className={`citation-marker ${selected ? "rounded bg-blue-100" : ""}`} data-citation-id={id} title={note?.text} aria-label={label}>
      {editable ? (
        <Popover.Root open={open} onOpenChange={setOpen}>
          <Popover.Trigger asChild>
            <span role="button" aria-haspopup="dialog" aria-expanded={open} aria-label={`Edit ${label}`} data-citation-trigger="" className="cursor-pointer">
              {marker}
            </span>
          </Popover.Trigger>
          <Popover.Portal>
            <Popover.Content
              side="bottom"
              align="start"
              sideOffset={4}
              aria-label="Edit footnote"
              className="z-50 w-72 rounded-md border border-slate-300 bg-white p-3 shadow-lg"
              onCloseAutoFocus={(e) => {
                e.preventDefault();
                editor.commands.focus();
              }}
            >
              <CitationEditForm
                citationId={id}
                number={note?.number ?? null}
                items={edit.itemsFor(id) ?? []}
                onCancel={() => setOpen(false)}
                onSaved={() => {
                  edit.refresh(id);
                  setOpen(false);
                }}
              />
            </Popover.Content>
          </Popover.Portal>
        </Popover.Root>
      ) : (
        marker
      )}
    </NodeViewWrapper>
  );
}

/**
 * The citation node with a live number and its note on hover (browser only; the schema stays in lib/editor).
 * Clicking the marker, or pressing Enter while it is selected, opens its access date / pinpoint editor.
 */
export const CitationWithMarker = Citation.extend({
  addNodeView() {
    return ReactNodeViewRenderer(CitationMarkerView, { as: "span" });
  },
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return false;
        const dom = editor.view.nodeDOM(selection.from);
        const trigger = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>("[data-citation-trigger]") : null;
        if (!trigger) return false;
        trigger.click();
        return true;
      },
    };
  },
});
