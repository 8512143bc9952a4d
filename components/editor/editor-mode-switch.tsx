"use client";

import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { clsx } from "clsx";
import { editorMode, type EditorMode } from "@/lib/editor/suggest-changes";

const modes: { mode: EditorMode; label: string; hint: string }[] = [
  { mode: "editing", label: "Editing", hint: "Your changes are the text." },
  { mode: "suggesting", label: "Suggesting", hint: "Your changes become suggestions others accept or reject (Ctrl+Alt+S)." },
  { mode: "viewing", label: "Viewing", hint: "Read only: nothing you do changes the text." },
];

/** Editing / Suggesting / Viewing, always visible in the editor bar; Ctrl/Cmd+Alt+S switches Editing ↔ Suggesting. */
export function EditorModeSwitch({ editor, canEdit }: { editor: Editor; canEdit: boolean }) {
  const mode = useEditorState({ editor, selector: ({ editor: e }) => editorMode(e.state) });
  return (
    <div role="radiogroup" aria-label="Mode: Editing, Suggesting or Viewing" data-editor-mode={mode} className="flex items-center gap-0.5 rounded border border-slate-200 p-0.5 text-xs">
      {modes.map((m) => (
        <button
          key={m.mode}
          type="button"
          role="radio"
          aria-checked={mode === m.mode}
          title={m.hint}
          disabled={!canEdit && m.mode !== "viewing"}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor.chain().focus().setEditorMode(m.mode).run()}
          className={clsx("rounded px-2 py-0.5 disabled:cursor-not-allowed disabled:text-slate-400", mode === m.mode ? (m.mode === "suggesting" ? "bg-emerald-100 font-semibold text-emerald-900" : "bg-slate-200 font-semibold text-slate-900") : "text-slate-700 hover:bg-slate-100")}
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}
