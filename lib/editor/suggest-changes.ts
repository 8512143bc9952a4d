import { Extension } from "@tiptap/core";
import { isChangeOrigin } from "@tiptap/extension-collaboration";
import type { Mark as PMMark, Node as PMNode, Slice } from "@tiptap/pm/model";
import { EditorState, Plugin, PluginKey, TextSelection, type Transaction } from "@tiptap/pm/state";
import { AddMarkStep, Mapping, RemoveMarkStep, ReplaceStep } from "@tiptap/pm/transform";
import { openSuggestionsPlugin } from "./open-suggestions";
import { carriesNodeSuggestion, citationEditAttribute, citationEditOn, type CitationFieldChange, suggestionDeleteMark, suggestionFormatMark, suggestionInsertMark, suggestionOn, type NodeSuggestion, type SuggestionAttrs } from "./suggestion-marks";

/** How the editor treats what this user types: as the text itself, as suggestions, or not at all. */
export type EditorMode = "editing" | "suggesting" | "viewing";

export interface SuggestAuthor {
  id: string;
  name: string;
}

export const suggestChangesKey = new PluginKey<{ mode: EditorMode }>("suggestChanges");

/** Meta on a transaction the plugin must leave as it is (its own, and server-style decisions applied locally). */
export const skipSuggesting = "folio.skipSuggesting";

export interface SuggestOptions {
  author: SuggestAuthor;
  /** The section the suggestions belong to (the first part of every suggestion id). */
  sectionId: string;
  now?: () => Date;
  random?: () => string;
  /** Told why a change was refused in Suggesting mode (shown to the user). */
  onRefused?: (message: string) => void;
}

/** Shown when a change of the section's structure is attempted in Suggesting mode (it cannot be a suggestion). */
export const structureRefusal =
  "Splitting or joining paragraphs cannot be suggested (nor any other change to the section's structure). Switch to Editing to make it, or propose it in a comment.";

const shapes = new WeakMap<PMNode, string>();

/** The block structure of a document: its blocks in order (type, and a heading's level), text left out. */
export function blockShape(doc: PMNode): string {
  let shape = shapes.get(doc);
  if (shape !== undefined) return shape;
  const parts: string[] = [];
  doc.descendants((node) => {
    if (node.isInline) return false;
    parts.push(`${node.type.name}${(node.attrs.level as number | undefined) ?? ""}`);
    return !node.isTextblock;
  });
  shape = parts.join(",");
  shapes.set(doc, shape);
  return shape;
}

/**
 * Whether a local transaction in Suggesting mode would change the section's blocks (Enter, Backspace or Delete at a
 * paragraph's edge, a pasted paragraph break) once rewritten into suggestions: such a change is refused, since it
 * cannot be tracked (a deleted range across paragraphs is put back with a removal mark, so it passes).
 */
export function changesStructure(tr: Transaction, state: EditorState, options: SuggestOptions): boolean {
  if (blockShape(tr.doc) === blockShape(state.doc)) return false;
  const rewritten = suggestTransaction([tr], state, EditorState.create({ doc: tr.doc, selection: tr.selection }), options);
  return blockShape(rewritten?.doc ?? tr.doc) !== blockShape(state.doc);
}

const randomPart = () => Math.random().toString(36).slice(2, 12).padEnd(10, "0");

function markWithAuthor(node: PMNode | null | undefined, type: string, authorId: string): PMMark | undefined {
  return node?.marks.find((m) => m.type.name === type && (m.attrs as SuggestionAttrs).authorId === authorId);
}

function setNodeSuggestion(tr: Transaction, pos: number, node: PMNode, suggestion: NodeSuggestion): void {
  tr.setNodeMarkup(pos, undefined, { ...node.attrs, suggestion });
}

/**
 * Rewrites the local transactions of one dispatch into suggestions: inserted inline content gets an insertion mark,
 * deleted inline content is put back with a deletion mark (content this author had only suggested is really
 * removed); a formatting change (bold, italic, a link) is undone and proposed with a format suggestion. Structural
 * changes (a paragraph split or join) are refused before they apply (see changesStructure).
 * A transaction that came through Yjs (another person's edit, a reconnect, the Yjs undo manager) is never rewritten:
 * it is already the shared truth. Returns null when there is nothing to rewrite.
 */
export function suggestTransaction(transactions: readonly Transaction[], oldState: EditorState, newState: EditorState, options: SuggestOptions): Transaction | null {
  if (transactions.some((tr) => isChangeOrigin(tr) || tr.getMeta(skipSuggesting))) return null;
  if (!transactions.some((tr) => tr.docChanged)) return null;
  const { schema } = newState;
  const insertType = schema.marks[suggestionInsertMark];
  const deleteType = schema.marks[suggestionDeleteMark];
  if (!insertType || !deleteType) return null;
  const now = (options.now ?? (() => new Date()))().toISOString();
  const fresh = (): SuggestionAttrs => ({ id: `${options.sectionId}.${(options.random ?? randomPart)()}`, authorId: options.author.id, authorName: options.author.name, createdAt: now });

  // Every step of the dispatch, with the document it applied to; positions map to the final document through the rest.
  const all = new Mapping();
  const steps: { step: ReplaceStep; doc: PMNode; index: number }[] = [];
  const formats: { from: number; to: number; mark: PMMark; add: boolean; index: number }[] = [];
  const isSuggestionType = (name: string) => name === suggestionInsertMark || name === suggestionDeleteMark || name === suggestionFormatMark;
  for (const tr of transactions) {
    tr.steps.forEach((step, i) => {
      if (step instanceof ReplaceStep) steps.push({ step, doc: tr.docs[i]!, index: all.maps.length });
      else if ((step instanceof AddMarkStep || step instanceof RemoveMarkStep) && !isSuggestionType(step.mark.type.name)) formats.push({ from: step.from, to: step.to, mark: step.mark, add: step instanceof AddMarkStep, index: all.maps.length });
      all.appendMap(step.getMap());
    });
  }
  const insertions: { from: number; to: number }[] = [];
  const deletions: { pos: number; slice: Slice; wasBackspace: boolean }[] = [];
  const before = oldState.selection;
  for (const { step, doc, index } of steps) {
    const rest = all.slice(index + 1);
    const size = step.slice.size;
    if (size > 0) insertions.push({ from: rest.map(step.from, 1), to: rest.map(step.from + size, -1) });
    if (step.to > step.from) {
      const slice = doc.slice(step.from, step.to);
      let inline = false;
      slice.content.descendants((n) => {
        if (n.isInline) inline = true;
        return !inline;
      });
      if (inline) deletions.push({ pos: rest.map(step.from, -1), slice, wasBackspace: size === 0 && before.empty && before.head === step.to });
    }
  }
  if (insertions.length === 0 && deletions.length === 0 && formats.length === 0) return null;

  const tr = newState.tr;
  tr.setMeta(skipSuggesting, true);
  // Formatting: undone, and proposed instead (one suggestion per change).
  const formatType = schema.marks[suggestionFormatMark];
  for (const f of formats) {
    if (!formatType) break;
    const rest = all.slice(f.index + 1);
    const from = rest.map(f.from, 1);
    const to = rest.map(f.to, -1);
    if (to <= from) continue;
    if (f.add) tr.removeMark(from, to, f.mark);
    else tr.addMark(from, to, f.mark);
    tr.addMark(from, to, formatType.create({ ...fresh(), action: f.add ? "add" : "remove", markName: f.mark.type.name, markAttrs: Object.keys(f.mark.attrs).length > 0 ? { ...f.mark.attrs } : null }));
  }
  // Insertions: join the author's suggestion right before or after, else start a new one.
  for (const { from, to } of insertions) {
    if (to <= from) continue;
    const doc = tr.doc;
    const neighbour = markWithAuthor(doc.resolve(from).nodeBefore, suggestionInsertMark, options.author.id) ?? markWithAuthor(doc.resolve(to).nodeAfter, suggestionInsertMark, options.author.id);
    const attrs = (neighbour?.attrs as SuggestionAttrs | undefined) ?? fresh();
    // Text that was already marked (pasted from a suggestion) becomes this author's suggestion.
    tr.removeMark(from, to, insertType);
    tr.removeMark(from, to, deleteType);
    tr.addMark(from, to, insertType.create(attrs));
    // A footnote marker carries its own suggestion (an attribute: Yjs keeps no marks on it).
    tr.doc.nodesBetween(from, to, (node, p) => {
      if (carriesNodeSuggestion(node)) setNodeSuggestion(tr, p, node, { kind: "insert", ...fresh() });
      return !node.isInline;
    });
  }
  let cursor: number | null = null;
  for (const { pos, slice, wasBackspace } of deletions) {
    const at = tr.mapping.map(pos, -1);
    const stepsBefore = tr.steps.length;
    tr.replace(at, at, slice);
    if (tr.steps.length === stepsBefore) continue;
    const end = tr.mapping.slice(stepsBefore).map(at, 1);
    const doc = tr.doc;
    const own: { from: number; to: number }[] = [];
    const plain: { from: number; to: number }[] = [];
    const atoms: { pos: number; node: PMNode }[] = [];
    doc.nodesBetween(at, end, (node, p) => {
      if (!node.isInline) return true;
      const from = Math.max(p, at);
      const to = Math.min(p + node.nodeSize, end);
      const s = suggestionOn(node);
      if (s?.kind === "insert" && s.attrs.authorId === options.author.id) own.push({ from, to });
      else if (s?.kind === "delete") return false;
      else if (carriesNodeSuggestion(node)) atoms.push({ pos: p, node });
      else if (node.isText) plain.push({ from, to });
      return false;
    });
    for (const { pos: p, node } of atoms) setNodeSuggestion(tr, p, node, { kind: "delete", ...fresh() });
    if (plain.length > 0) {
      const first = plain[0]!;
      const last = plain[plain.length - 1]!;
      const neighbour = markWithAuthor(doc.resolve(first.from).nodeBefore, suggestionDeleteMark, options.author.id) ?? markWithAuthor(doc.resolve(last.to).nodeAfter, suggestionDeleteMark, options.author.id);
      const mark = deleteType.create((neighbour?.attrs as SuggestionAttrs | undefined) ?? fresh());
      for (const r of plain) tr.addMark(r.from, r.to, mark);
    }
    const removeFrom = tr.steps.length;
    for (const r of own.reverse()) tr.delete(r.from, r.to);
    const start = tr.mapping.slice(removeFrom).map(at, -1);
    const stop = tr.mapping.slice(removeFrom).map(end, 1);
    // Backspace leaves the caret before the text it marked (the next backspace goes on backwards); otherwise after.
    cursor = wasBackspace ? start : stop;
  }
  if (cursor !== null && newState.selection.empty) tr.setSelection(TextSelection.create(tr.doc, cursor));
  tr.setStoredMarks([]);
  return tr.docChanged ? tr : null;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    suggestChanges: {
      /** Editing: changes are the text. Suggesting: changes become suggestions. Viewing: no changes. */
      setEditorMode: (mode: EditorMode) => ReturnType;
      /**
       * Proposes new access dates / pinpoints for a footnote (its marker's `suggestedEdit`), replacing this author's
       * earlier proposal; false when the marker is not found or someone else's proposal is still open.
       */
      suggestCitationEdit: (citationId: string, changes: CitationFieldChange[]) => ReturnType;
    };
  }
}

/** The editor's mode in a state (Editing when the plugin is absent). */
export function editorMode(state: EditorState): EditorMode {
  return suggestChangesKey.getState(state)?.mode ?? "editing";
}

/**
 * Suggestion mode for the section editor. In Suggesting mode, what this user types, deletes or pastes becomes a
 * suggestion (see suggestTransaction); in Editing mode (the default) the plugin does nothing at all.
 */
export const SuggestChanges = Extension.create<SuggestOptions>({
  name: "suggestChanges",

  addOptions() {
    return { author: { id: "", name: "" }, sectionId: "" };
  },

  addCommands() {
    return {
      setEditorMode:
        (mode) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestChangesKey, { mode });
          return true;
        },
      suggestCitationEdit:
        (citationId, changes) =>
        ({ tr, dispatch }) => {
          let at: number | null = null;
          let blocked = false;
          tr.doc.descendants((node, pos) => {
            if (at !== null) return false;
            if (node.type.name === "citation" && node.attrs.citationId === citationId) {
              const open = citationEditOn(node);
              if (open && open.authorId !== this.options.author.id) blocked = true;
              else at = pos;
            }
            return !node.isInline;
          });
          if (at === null || blocked || changes.length === 0) return false;
          if (dispatch) {
            const random = this.options.random ?? randomPart;
            const createdAt = (this.options.now ?? (() => new Date()))().toISOString();
            tr.setNodeAttribute(at, citationEditAttribute, { id: `${this.options.sectionId}.${random()}`, authorId: this.options.author.id, authorName: this.options.author.name, createdAt, changes });
            tr.setMeta(skipSuggesting, true);
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    // Ctrl/Cmd+Alt+S switches between Editing and Suggesting (Viewing is chosen in the toolbar).
    return {
      "Mod-Alt-s": () => this.editor.commands.setEditorMode(editorMode(this.editor.state) === "suggesting" ? "editing" : "suggesting"),
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<{ mode: EditorMode }>({
        key: suggestChangesKey,
        state: {
          init: () => ({ mode: "editing" }),
          apply: (tr, value) => (tr.getMeta(suggestChangesKey) as { mode: EditorMode } | undefined) ?? value,
        },
        filterTransaction: (tr, state) => {
          const mode = editorMode(state);
          if (mode === "editing" || !tr.docChanged || isChangeOrigin(tr) || tr.getMeta(skipSuggesting)) return true;
          if (mode === "viewing") return false;
          if (!changesStructure(tr, state, options)) return true;
          options.onRefused?.(structureRefusal);
          return false;
        },
        appendTransaction: (transactions, oldState, newState) => (editorMode(oldState) === "suggesting" ? suggestTransaction(transactions, oldState, newState, options) : null),
      }),
      openSuggestionsPlugin(),
    ];
  },
});
