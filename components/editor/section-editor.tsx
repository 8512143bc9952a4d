"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { useRouter } from "next/navigation";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import * as Y from "yjs";
import { userColor } from "@/lib/collab/user-color";
import { CiteDialog } from "@/components/citations/cite-dialog";
import { CitationEditContext, CitationEditPopover, CitationWithMarker, FootnoteStoreContext } from "@/components/citations/citation-marker";
import type { FootnoteStore } from "@/components/citations/footnote-store";
import { SectionFootnotes } from "@/components/citations/section-footnotes";
import { CommentMargin } from "@/components/review/comment-margin";
import type { ThreadView } from "@/lib/comments/queries";
import { useProfileFootnotes } from "@/components/citations/use-profile-footnotes";
import { blockIdAttribute } from "@/lib/editor/block-id";
import { Citation } from "@/lib/editor/citation-node";
import { baseExtensions } from "@/lib/editor/extensions";
import { InputCharacters } from "@/lib/editor/input-characters";
import { PasteLimit, type InputLimits } from "@/lib/editor/paste-limit";
import { SuggestChanges } from "@/lib/editor/suggest-changes";
import { FRAGMENT } from "@/lib/editor/ydoc-content";
import { ConnectionStatus } from "./connection-status";
import { EditorModeSwitch } from "./editor-mode-switch";
import { EditorToolbar } from "./editor-toolbar";
import { SuggestionPanel } from "./suggestion-panel";
import { caretStyles, renderCaret } from "./render-caret";
import { useLeaveWarning } from "./use-leave-warning";
import { useSectionCollaboration } from "./use-section-collaboration";
import { WhoIsHere } from "./who-is-here";

export interface SectionEditorProps {
  sectionId: string;
  profileId: string;
  user: { id: string; name: string };
  canEdit: boolean;
  /** Section titles by id, to say where others in the profile are. */
  sectionTitles?: Record<string, string>;
  /** Every section of the profile in reading order, for footnote numbering. */
  sectionIds: string[];
  /** The admin's policy: access dates older than this are flagged. */
  maxAgeMonths: number;
  /** Comment threads of the section, shown in the margin. */
  threads?: ThreadView[];
  canComment?: boolean;
  /** Whether this user may decide others' suggestions here (`suggestion.decide`; the server checks each decision). */
  canDecideSuggestions?: boolean;
  /** The collaboration server's message and document limits: larger pastes are refused before they apply. */
  inputLimits?: InputLimits;
}

function EditorPane({ sectionId, doc, provider, store, user, editable, inputLimits, onInputRefused, onCite, citeRef, onReady, status }: { sectionId: string; doc: Y.Doc; provider: HocuspocusProvider; store: FootnoteStore; user: { id: string; name: string }; editable: boolean; inputLimits: InputLimits | null; onInputRefused: (message: string) => void; onCite: () => void; citeRef: RefObject<HTMLButtonElement | null>; onReady: (editor: Editor | null) => void; status: ReactNode }) {
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable,
      // Tiptap's "delete" event (a walk of each transaction's changed ranges) has no listener here.
      enableCoreExtensions: { delete: false },
      onBeforeCreate: () => performance.mark("folio:editor-create-start"),
      onCreate: () => performance.mark("folio:editor-created"),
      extensions: [
        ...baseExtensions().filter((e) => e.name !== Citation.name),
        CitationWithMarker.configure({ store }),
        Collaboration.configure({ document: doc, field: FRAGMENT }),
        CollaborationCaret.configure({ provider, user: { id: user.id, name: user.name, color: userColor(user.id) }, render: renderCaret }),
        PasteLimit.configure({ limits: inputLimits, documentBytes: () => Y.encodeStateAsUpdate(doc).byteLength, onRefused: onInputRefused }),
        InputCharacters,
        // Editing by default; in Suggesting mode this user's changes become suggestions (remote changes never do).
        SuggestChanges.configure({ author: { id: user.id, name: user.name }, sectionId, onRefused: onInputRefused }),
      ],
      editorProps: {
        // Keep the caret clear of the sticky toolbar bar when typing scrolls the page.
        scrollThreshold: { top: 72, bottom: 24, left: 0, right: 0 },
        scrollMargin: { top: 72, bottom: 24, left: 0, right: 0 },
        attributes: {
          role: "textbox",
          "aria-label": "Section text",
          "aria-multiline": "true",
          class: "prose-folio min-h-64 px-4 py-3 focus:outline-none",
        },
      },
    },
    [doc, provider, store],
  );

  useEffect(() => {
    if (!editor) return;
    editor.setEditable(editable);
    editor.view.dom.setAttribute("aria-readonly", editable ? "false" : "true");
  }, [editor, editable]);

  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  if (!editor) return <EditorBar>{status}</EditorBar>;
  return (
    <>
      <EditorBar>
        <EditorToolbar editor={editor} onCite={onCite} citeRef={citeRef} />
        <EditorModeSwitch editor={editor} canEdit={editable} />
        {status}
      </EditorBar>
      <EditorContent editor={editor} />
      <CitationEditPopover editor={editor} />
    </>
  );
}

/**
 * The toolbar and the save state in one opaque bar across the editor that sticks to the top of the window: text
 * scrolls under the whole bar, so the "Saved" chip never floats over a line that is still being read.
 */
function EditorBar({ children }: { children: ReactNode }) {
  return (
    <div data-editor-bar className="sticky top-0 z-20 flex flex-wrap items-center justify-between gap-x-2 rounded-t-lg border-b border-slate-200 bg-white [&>[role=toolbar]]:border-b-0">
      {children}
    </div>
  );
}

function selectBlock(editor: Editor, blockId: string) {
  editor.state.doc.descendants((node, pos) => {
    if (node.attrs[blockIdAttribute] !== blockId) return true;
    editor.chain().focus().setTextSelection(pos + 1).scrollIntoView().run();
    return false;
  });
}

function selectCitation(editor: Editor, citationId: string) {
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name !== Citation.name || node.attrs.citationId !== citationId) return true;
    editor.chain().focus().setNodeSelection(pos).scrollIntoView().run();
    return false;
  });
}

const noTitles: Record<string, string> = {};

/** Live co-editing of one section: Tiptap over Yjs and /collab, with carets, presence and save state. */
export function SectionEditor({ sectionId, profileId, user, canEdit, sectionTitles, sectionIds, maxAgeMonths, threads = [], canComment = false, canDecideSuggestions = false, inputLimits }: SectionEditorProps) {
  const collab = useSectionCollaboration({ sectionId, profileId, user });
  const [inputRefusal, setInputRefusal] = useState<string | null>(null);
  useLeaveWarning(canEdit && collab !== null ? collab.wouldLoseWork : null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [citing, setCiting] = useState(false);
  const citeButton = useRef<HTMLButtonElement>(null);
  const router = useRouter();
  const footnotes = useProfileFootnotes({
    profileId,
    channel: collab?.presence ?? null,
    orders: collab?.citationOrders ?? null,
    ordersState: collab?.citationOrdersState ?? "none",
    sectionIds,
    currentSectionId: sectionId,
    currentDoc: collab?.loaded ? collab.doc : null,
  });
  const { itemsFor, refresh } = footnotes;
  const citationEdit = useMemo(() => ({ itemsFor, refresh }), [itemsFor, refresh]);
  // Stable, so the footnotes panel is not rendered again on every keystroke (the save state changes with each).
  const handleJump = useCallback(
    (citationId: string, targetSection: string) => {
      if (targetSection !== sectionId) {
        router.push(`${window.location.pathname.replace(/[^/]+$/, targetSection)}#note-${citationId}`);
        return;
      }
      if (editor) selectCitation(editor, citationId);
    },
    [router, sectionId, editor],
  );
  const openCite = useCallback(() => setCiting(true), []);
  useEffect(() => {
    const target = /^#note-([0-9a-f-]{36})$/i.exec(window.location.hash)?.[1];
    if (editor && target) selectCitation(editor, target);
    // A search hit links to a paragraph by its block id: put the caret there and bring it into view.
    const block = /^#p-([A-Za-z0-9_-]{1,64})$/.exec(window.location.hash)?.[1];
    if (editor && block) selectBlock(editor, block);
  }, [editor]);
  if (!collab) return <p className="text-sm text-slate-600">Connecting…</p>;
  const editable = canEdit && !collab.readOnly && collab.problem === null;
  const status = <ConnectionStatus connection={collab.connection} loaded={collab.loaded} saveState={collab.saveState} readOnly={!canEdit || collab.readOnly} />;
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_14rem]">
      <style href="folio-collaboration-carets" precedence="default">
        {caretStyles}
      </style>
      <div className="flex flex-col gap-2">
        {collab.problem ? (
          <div role="alert" className="flex flex-col items-start gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            <p>{collab.problem}</p>
            {collab.stopped ? (
              <button type="button" className="rounded border border-red-400 bg-white px-2 py-1 text-red-900 hover:bg-red-100" onClick={() => void collab.reloadFromServer()}>
                Reload from the server
              </button>
            ) : null}
          </div>
        ) : null}
        {inputRefusal ? (
          <div role="alert" data-testid="input-refused" className="flex items-start justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <p>{inputRefusal}</p>
            <button type="button" className="shrink-0 underline" onClick={() => setInputRefusal(null)}>
              Dismiss
            </button>
          </div>
        ) : null}
        <div className="rounded-lg border border-slate-200 bg-white">
          {/* Never render an editor over an empty document: the server's copy arrives first. */}
          <FootnoteStoreContext.Provider value={footnotes.store}>
            <CitationEditContext.Provider value={citationEdit}>
              {collab.loaded ? (
                <EditorPane sectionId={sectionId} doc={collab.doc} provider={collab.provider} store={footnotes.store} user={user} editable={editable} inputLimits={inputLimits ?? null} onInputRefused={setInputRefusal} onCite={openCite} citeRef={citeButton} onReady={setEditor} status={status} />
              ) : (
                <>
                  <EditorBar>{status}</EditorBar>
                  <p className="px-4 py-3 text-sm text-slate-600">Loading the section…</p>
                </>
              )}
            </CitationEditContext.Provider>
          </FootnoteStoreContext.Provider>
        </div>
        <CiteDialog sectionId={sectionId} open={citing} onOpenChange={setCiting} returnFocusRef={citeButton} onCited={(id) => editor?.chain().focus().insertCitation(id).run()} />
        <SectionFootnotes store={footnotes.store} sectionId={sectionId} itemsFor={footnotes.itemsFor} maxAgeMonths={maxAgeMonths} onJump={handleJump} sectionTitles={sectionTitles ?? noTitles} offline={collab.connection === "offline"} onRetry={footnotes.retry} />
      </div>
      <aside aria-label="Who is here" className="flex flex-col gap-4">
        <WhoIsHere section={collab.provider} profile={collab.presence} selfId={user.id} sectionTitles={sectionTitles} />
        {editor ? <SuggestionPanel editor={editor} userId={user.id} canDecide={canDecideSuggestions} /> : null}
        <CommentMargin editor={editor} sectionId={sectionId} threads={threads} canComment={canComment} />
      </aside>
    </div>
  );
}
