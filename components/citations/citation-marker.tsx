"use client";

import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { NodeSelection, Plugin, PluginKey } from "@tiptap/pm/state";
import type { NodeView } from "@tiptap/pm/view";
import { Popover } from "radix-ui";
import { Citation, type CitationOptions } from "@/lib/editor/citation-node";
import { editorMode } from "@/lib/editor/suggest-changes";
import type { NoteItem } from "@/lib/citations/types";
import { CitationEditForm } from "./citation-edit-form";
import type { FootnoteStore, FormattedFootnote } from "./footnote-store";

export const FootnoteStoreContext = createContext<FootnoteStore | null>(null);

/** What a marker needs to edit its footnote in place: the footnote's current items, and a refetch after saving. */
export const CitationEditContext = createContext<{ itemsFor: (citationId: string) => NoteItem[] | undefined; refresh: (citationId: string) => void } | null>(null);

/** Sent (bubbling) by a marker's trigger when it is clicked: `CitationEditPopover` opens its footnote's editor. */
export const EDIT_CITATION_EVENT = "folio-edit-citation";

const markerViewKey = new PluginKey("citationMarkerView");

const selectedClasses = ["rounded", "bg-blue-100", "ProseMirror-selectednode"];

/**
 * A footnote marker as plain DOM: `[n]` with the note as its title and label, and, while the editor is editable,
 * a button that opens the note's editor. Hundreds of markers in one section cost a few elements each and no React
 * render: a marker changes its DOM only when its own note does (FootnoteStore keeps unchanged notes' objects).
 */
class CitationMarkerView implements NodeView {
  readonly dom: HTMLElement;
  private readonly id: string;
  private trigger: HTMLElement | null = null;
  private note: FormattedFootnote | undefined;
  private editable: boolean;
  /** "Suggested by …" while the marker is an open suggestion. */
  private suggestionTitle = "";
  private readonly unsubscribe: () => void;

  constructor(
    private node: PMNode,
    private readonly editor: Editor,
    private readonly store: FootnoteStore | null,
  ) {
    this.id = String(node.attrs.citationId ?? "");
    this.dom = document.createElement("sup");
    this.dom.className = "citation-marker";
    this.dom.setAttribute("data-citation-id", this.id);
    this.showSuggestion();
    this.note = store?.get(this.id);
    this.editable = editor.isEditable;
    this.render();
    this.unsubscribe = store?.subscribe(this.onStore) ?? (() => {});
    markerViews(editor).add(this);
  }

  private onStore = () => {
    const note = this.store?.get(this.id);
    if (note === this.note) return;
    this.note = note;
    this.render();
  };

  /** After an editor update: only a change of editability renders the marker again (see `onUpdate` below). */
  editableChanged = () => {
    if (this.editor.isEditable === this.editable) return;
    this.editable = this.editor.isEditable;
    this.render();
  };

  /** A suggested insertion or removal of this marker: the suggestion styles, and who proposed it in the title. */
  private showSuggestion() {
    const s = this.node.attrs.suggestion as { id?: string; kind?: string; authorId?: string; authorName?: string } | null;
    const kind = s?.id ? (s.kind === "delete" ? "del" : "ins") : null;
    this.dom.classList.toggle("suggestion", kind !== null);
    this.dom.classList.toggle("suggestion-ins", kind === "ins");
    this.dom.classList.toggle("suggestion-del", kind === "del");
    if (kind && s?.id) {
      this.dom.setAttribute("data-suggestion-id", s.id);
      this.dom.setAttribute("data-suggestion-kind", kind === "del" ? "delete" : "insert");
      this.suggestionTitle = `${kind === "del" ? "Suggested removal" : "Suggested"} by ${s.authorName || "someone"}`;
    } else {
      this.dom.removeAttribute("data-suggestion-id");
      this.dom.removeAttribute("data-suggestion-kind");
      this.suggestionTitle = "";
    }
  }

  private render() {
    const { note } = this;
    const label = note ? `Footnote ${note.number}: ${note.text}` : "Footnote";
    const marker = `[${note?.number ?? "…"}]`;
    const title = [note?.text, this.suggestionTitle].filter(Boolean).join(" · ");
    if (title) this.dom.title = title;
    else this.dom.removeAttribute("title");
    this.dom.setAttribute("aria-label", label);
    if (!this.editable) {
      this.trigger = null;
      this.dom.textContent = marker;
      return;
    }
    if (!this.trigger) {
      const trigger = document.createElement("span");
      trigger.setAttribute("role", "button");
      trigger.setAttribute("aria-haspopup", "dialog");
      trigger.setAttribute("aria-expanded", "false");
      trigger.setAttribute("data-citation-trigger", "");
      trigger.className = "cursor-pointer";
      trigger.addEventListener("click", () => trigger.dispatchEvent(new CustomEvent(EDIT_CITATION_EVENT, { bubbles: true, detail: { citationId: this.id } })));
      this.dom.replaceChildren(trigger);
      this.trigger = trigger;
    }
    this.trigger.setAttribute("aria-label", `Edit ${label}`);
    this.trigger.textContent = marker;
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type || node.attrs.citationId !== this.node.attrs.citationId) return false;
    const suggestionChanged = node.attrs.suggestion !== this.node.attrs.suggestion;
    this.node = node;
    if (suggestionChanged) {
      this.showSuggestion();
      this.render();
    }
    return true;
  }

  selectNode() {
    this.dom.classList.add(...selectedClasses);
  }

  deselectNode() {
    this.dom.classList.remove(...selectedClasses);
  }

  /** The marker's DOM is this view's own (numbers, labels): never a change to read back into the document. */
  ignoreMutation() {
    return true;
  }

  destroy() {
    this.unsubscribe();
    markerViews(this.editor).delete(this);
  }
}

/** The marker views of one editor (kept in the extension's per-editor storage). */
function markerViews(editor: Editor): Set<CitationMarkerView> {
  return (editor.storage as unknown as Record<string, CitationMarkerStorage>)[Citation.name]!.views;
}

interface CitationMarkerStorage {
  views: Set<CitationMarkerView>;
  editable: boolean | null;
}

export interface CitationMarkerOptions extends CitationOptions {
  /** Where the live numbers and texts come from (null: markers show `[…]`). */
  store: FootnoteStore | null;
}

/**
 * The citation node with a live number and its note on hover (browser only; the schema stays in lib/editor).
 * Clicking the marker, or pressing Enter while it is selected, opens its access date / pinpoint editor
 * (`CitationEditPopover`, one per editor).
 */
export const CitationWithMarker = Citation.extend<CitationMarkerOptions, CitationMarkerStorage>({
  addOptions() {
    return { HTMLAttributes: {}, store: null };
  },
  addStorage() {
    return { views: new Set<CitationMarkerView>(), editable: null };
  },
  // One listener per editor, not one per marker: every keystroke is an update, and only a change of
  // editability (rare) concerns the markers.
  onUpdate() {
    if (this.storage.editable === this.editor.isEditable) return;
    this.storage.editable = this.editor.isEditable;
    for (const view of this.storage.views) view.editableChanged();
  },
  // The marker view comes from a plugin, not `addNodeView`: Tiptap builds new node view functions each time it is
  // asked for them, and @tiptap/react asks again when EditorContent mounts, which makes ProseMirror see changed
  // node views and draw the whole document a second time (500 markers: ~110 ms of the section's load). A plugin's
  // function is created once per editor, so that second call finds nothing changed.
  addProseMirrorPlugins() {
    const { store } = this.options;
    const { editor, name } = this;
    return [new Plugin({ key: markerViewKey, props: { nodeViews: { [name]: (node) => new CitationMarkerView(node, editor, store) } } })];
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

const noSubscription = () => () => {};

/** The access date / pinpoint editor of the footnote whose marker was clicked, anchored to that marker. */
export function CitationEditPopover({ editor }: { editor: Editor }) {
  const store = useContext(FootnoteStoreContext);
  const edit = useContext(CitationEditContext);
  // The last marker clicked stays the target after closing, so the popover's closing (focus back to the editor) runs.
  const [target, setTarget] = useState<{ id: string; trigger: HTMLElement } | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const dom = editor.view.dom;
    const onEdit = (e: Event) => {
      const { citationId } = (e as CustomEvent<{ citationId: string }>).detail;
      if (!editor.isEditable || !(e.target instanceof HTMLElement)) return;
      setTarget({ id: citationId, trigger: e.target });
      setOpen(true);
    };
    dom.addEventListener(EDIT_CITATION_EVENT, onEdit);
    return () => dom.removeEventListener(EDIT_CITATION_EVENT, onEdit);
  }, [editor]);
  useEffect(() => {
    if (!target || !open) return;
    target.trigger.setAttribute("aria-expanded", "true");
    return () => target.trigger.setAttribute("aria-expanded", "false");
  }, [target, open]);
  const anchor = useMemo(() => ({ current: target?.trigger ?? null }), [target]);
  const note = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    () => (target ? store?.get(target.id) : undefined),
    () => undefined,
  );
  if (!edit) return null;
  return (
    <Popover.Root open={open && target !== null} onOpenChange={setOpen}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        {target ? (
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
              key={target.id}
              citationId={target.id}
              number={note?.number ?? null}
              items={edit.itemsFor(target.id) ?? []}
              suggest={
                editorMode(editor.state) === "suggesting"
                  ? (changes) => (editor.commands.suggestCitationEdit(target.id, changes) ? null : "This footnote already has a change suggested by someone else; it must be accepted or rejected first.")
                  : undefined
              }
              onCancel={() => setOpen(false)}
              onSaved={() => {
                edit.refresh(target.id);
                setOpen(false);
              }}
            />
          </Popover.Content>
        ) : null}
      </Popover.Portal>
    </Popover.Root>
  );
}
