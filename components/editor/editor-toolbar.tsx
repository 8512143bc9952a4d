"use client";

import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { clsx } from "clsx";
import type { ReactNode, Ref } from "react";
import { isAllowedLink } from "@/lib/editor/is-allowed-link";
import { undoAvailability } from "@/lib/editor/undo-state";

interface ToolProps {
  label: string;
  /** What the button shows: a single symbol or letter, a word contained in the label, or an icon. */
  text: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
  className?: string;
  onClick: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

function Tool({ label, text, pressed, disabled, className, onClick, buttonRef }: ToolProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      className={clsx(
        "min-w-8 rounded px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400",
        pressed && "bg-slate-200",
        className,
      )}
    >
      {text}
    </button>
  );
}

/** Numbers drawn as strokes beside three lines: a "1." in text would be visible text missing from the name "Numbered list" (WCAG 2.5.3). */
function NumberedListIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16" className="inline-block align-[-3px]">
      <path d="M2 2.2h1v3.6M1.6 5.8h1.9M1.6 9.3c.3-.6 1.9-.7 1.9.3 0 .8-1.9 1.6-1.9 2.4h2M6 3.5h8.5M6 8h8.5M6 12.5h8.5" stroke="currentColor" strokeWidth="1.3" fill="none" strokeLinecap="round" />
    </svg>
  );
}

/** Formatting commands for the section editor; every button has an accessible name. `citeRef` is the Cite button (dialogs give focus back to it). */
export function EditorToolbar({ editor, onCite, citeRef }: { editor: Editor; onCite?: () => void; citeRef?: Ref<HTMLButtonElement> }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      editable: e.isEditable,
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      heading: e.isActive("heading"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      blockquote: e.isActive("blockquote"),
      link: e.isActive("link"),
      // Not e.can(): it builds every command of the editor on each call, and this selector runs on every keystroke.
      ...undoAvailability(e.state),
    }),
  });
  const off = !state.editable;
  const chain = () => editor.chain().focus();

  const handleLink = () => {
    if (state.link) {
      chain().extendMarkRange("link").unsetLink().run();
      return;
    }
    const url = window.prompt("Link address (http, https or mailto)");
    if (!url) return;
    if (!isAllowedLink(url)) {
      window.alert("Only http, https and mailto links are allowed.");
      return;
    }
    chain().extendMarkRange("link").setLink({ href: url.trim() }).run();
  };

  return (
    <div role="toolbar" aria-label="Formatting" className="flex flex-wrap items-center gap-1 border-b border-slate-200 px-2 py-1">
      <Tool label="Bold" text="B" className="font-bold" pressed={state.bold} disabled={off} onClick={() => chain().toggleBold().run()} />
      <Tool label="Italic" text="I" className="italic" pressed={state.italic} disabled={off} onClick={() => chain().toggleItalic().run()} />
      <Tool label="Heading" text="H" pressed={state.heading} disabled={off} onClick={() => chain().toggleHeading({ level: 3 }).run()} />
      <Tool label="Bullet list" text="•" pressed={state.bulletList} disabled={off} onClick={() => chain().toggleBulletList().run()} />
      <Tool label="Numbered list" text={<NumberedListIcon />} pressed={state.orderedList} disabled={off} onClick={() => chain().toggleOrderedList().run()} />
      <Tool label="Quote" text="❝" pressed={state.blockquote} disabled={off} onClick={() => chain().toggleBlockquote().run()} />
      <Tool label="Link" text="Link" pressed={state.link} disabled={off} onClick={handleLink} />
      <span aria-hidden="true" className="mx-1 h-5 w-px bg-slate-200" />
      {onCite ? <Tool label="Cite source" text="Cite" disabled={off} onClick={onCite} buttonRef={citeRef} /> : null}
      <span aria-hidden="true" className="mx-1 h-5 w-px bg-slate-200" />
      <Tool label="Undo" text="↶" disabled={off || !state.canUndo} onClick={() => chain().undo().run()} />
      <Tool label="Redo" text="↷" disabled={off || !state.canRedo} onClick={() => chain().redo().run()} />
    </div>
  );
}
