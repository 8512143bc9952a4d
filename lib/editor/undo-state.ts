import type { EditorState } from "@tiptap/pm/state";
import { yUndoPluginKey } from "@tiptap/y-tiptap";

/**
 * Whether the collaboration undo manager holds a step to undo or to redo: what `editor.can().undo()` and
 * `editor.can().redo()` answer (Tiptap's Collaboration commands look at the same two stacks), read straight from
 * y-tiptap's undo plugin. `can()` builds every command of every extension first, about 50 KB of short-lived objects
 * per call; the toolbar asked it twice on every keystroke, half of what the page allocated while typing (issue 20).
 */
export function undoAvailability(state: EditorState): { canUndo: boolean; canRedo: boolean } {
  const manager = (yUndoPluginKey.getState(state) as { undoManager?: { undoStack: unknown[]; redoStack: unknown[] } } | undefined)?.undoManager;
  return { canUndo: (manager?.undoStack.length ?? 0) > 0, canRedo: (manager?.redoStack.length ?? 0) > 0 };
}
