import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { ReplaceAroundStep, ReplaceStep } from "@tiptap/pm/transform";
import { citationEditOn, suggestionFormatMark, suggestionOn } from "./suggestion-marks";
import { listSuggestions, type SuggestionSummary } from "./suggestions";

const none: SuggestionSummary[] = [];

/** Whether an inline node carries anything of a suggestion: a mark, a suggested marker, a footnote edit. */
function carriesSuggestion(node: PMNode): boolean {
  return suggestionOn(node) !== null || citationEditOn(node) !== null || node.marks.some((m) => m.type.name === suggestionFormatMark);
}

/** The ranges of the new document a transaction's steps wrote (each step's new range mapped through the later steps). */
function writtenRanges(tr: Transaction): [number, number][] {
  const out: [number, number][] = [];
  tr.mapping.maps.forEach((map, i) => {
    const later = tr.mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => out.push([later.map(newStart, -1), later.map(newEnd, 1)]));
  });
  return out;
}

/**
 * Whether the open suggestions may differ after `tr`, given there were none before: only if a step other than a
 * plain replacement ran (a mark or an attribute set has no step map), or what was written carries a suggestion.
 */
function mayAddSuggestion(tr: Transaction, state: EditorState): boolean {
  if (tr.steps.some((s) => !(s instanceof ReplaceStep || s instanceof ReplaceAroundStep))) return true;
  const { doc } = state;
  return writtenRanges(tr).some(([from, to]) => {
    let found = false;
    doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node) => {
      if (found) return false;
      if (node.isInline && carriesSuggestion(node)) found = true;
      return !found;
    });
    return found;
  });
}

/** The section's open suggestions as plugin state (what the side panel lists). */
export const openSuggestionsKey = new PluginKey<SuggestionSummary[]>("openSuggestions");

/**
 * Keeps the open suggestions listed without walking the whole section on every keystroke: while none is open,
 * a change is looked at only where it wrote; once some are, any change lists them again (positions and texts move).
 */
export function openSuggestionsPlugin(): Plugin<SuggestionSummary[]> {
  return new Plugin<SuggestionSummary[]>({
    key: openSuggestionsKey,
    state: {
      init: (_config, state) => {
        const list = listSuggestions(state.doc);
        return list.length === 0 ? none : list;
      },
      apply: (tr, list, _old, state) => {
        if (!tr.docChanged) return list;
        if (list.length === 0 && !mayAddSuggestion(tr, state)) return list;
        const next = listSuggestions(state.doc);
        return next.length === 0 ? none : next;
      },
    },
  });
}
