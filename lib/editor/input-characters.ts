import { Extension } from "@tiptap/core";
import { Fragment, Slice, type Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { stripForbiddenCharacters } from "@/lib/validation/forbidden-characters";

function cleanFragment(fragment: Fragment): Fragment {
  const nodes: PMNode[] = [];
  let changed = false;
  fragment.forEach((node) => {
    if (node.isText) {
      const text = stripForbiddenCharacters(node.text ?? "");
      if (text === node.text) nodes.push(node);
      else {
        changed = true;
        if (text !== "") nodes.push(node.type.schema.text(text, node.marks));
      }
      return;
    }
    const content = cleanFragment(node.content);
    if (content !== node.content) changed = true;
    nodes.push(content === node.content ? node : node.copy(content));
  });
  return changed ? Fragment.from(nodes) : fragment;
}

/** A pasted or dropped slice without control characters (other than tab and newlines) or lone surrogates; the same slice when it has none. */
export function cleanSlice(slice: Slice): Slice {
  const content = cleanFragment(slice.content);
  return content === slice.content ? slice : new Slice(content, slice.openStart, slice.openEnd);
}

/**
 * Leaves NUL, other C0 controls and lone surrogates out of what this user types, pastes or drops (the collaboration
 * server refuses updates holding them). Only local input is touched: the plugin has no transaction hooks, so
 * remote (y-sync) changes pass through unchanged.
 */
export function inputCharactersPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey("inputCharacters"),
    props: {
      transformPastedText: (text) => stripForbiddenCharacters(text),
      transformPasted: (slice) => cleanSlice(slice),
      handleTextInput: (view, from, to, text) => {
        const clean = stripForbiddenCharacters(text);
        if (clean === text) return false;
        if (clean !== "" || from !== to) view.dispatch(view.state.tr.insertText(clean, from, to));
        return true;
      },
    },
  });
}

/** The editor extension for inputCharactersPlugin. */
export const InputCharacters = Extension.create({
  name: "inputCharacters",
  priority: 1000,

  addProseMirrorPlugins() {
    return [inputCharactersPlugin()];
  },
});
