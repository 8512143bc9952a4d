import { getSchema } from "@tiptap/core";
import { Fragment, Slice } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import { baseExtensions } from "./extensions";
import { cleanSlice, inputCharactersPlugin } from "./input-characters";

const schema = getSchema(baseExtensions());
const plugin = inputCharactersPlugin();

/** A state with the plugin and a minimal view that applies what the plugin dispatches. */
function viewWith(text: string) {
  const holder = { state: EditorState.create({ schema, doc: schema.nodeFromJSON({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] }), plugins: [plugin] }) };
  const view = {
    get state() {
      return holder.state;
    },
    dispatch: (tr: Parameters<EditorState["apply"]>[0]) => {
      holder.state = holder.state.apply(tr);
    },
  } as unknown as EditorView;
  return { view, holder };
}

describe("inputCharactersPlugin", () => {
  it("cleans a pasted slice's text, keeping marks, structure and tabs", () => {
    const bold = schema.marks.bold!.create();
    const slice = new Slice(Fragment.from([schema.node("paragraph", null, [schema.text("a\u0000b\tc", [bold]), schema.text("\u0001")]), schema.node("paragraph", null, schema.text("ok"))]), 1, 1);
    const clean = cleanSlice(slice);
    expect(clean.content.childCount).toBe(2);
    expect(clean.content.child(0).content.toJSON()).toEqual([{ type: "text", text: "ab\tc", marks: [{ type: "bold" }] }]);
    expect(clean.content.child(1).textContent).toBe("ok");
    expect([clean.openStart, clean.openEnd]).toEqual([1, 1]);
    const untouched = new Slice(Fragment.from(schema.text("fine")), 0, 0);
    expect(cleanSlice(untouched)).toBe(untouched);
    expect(plugin.props.transformPasted!.call(plugin, slice, viewWith("x").view, false).content.textBetween(0, clean.content.size)).not.toMatch(/[\u0000\u0001]/);
    expect(plugin.props.transformPastedText!.call(plugin, "p\u0001q\n", false, viewWith("x").view)).toBe("pq\n");
  });

  it("types the text without its control characters, and leaves clean typing to the editor", () => {
    const { view, holder } = viewWith("ab");
    expect(plugin.props.handleTextInput!.call(plugin, view, 2, 2, "X\u0000Y", () => holder.state.tr)).toBe(true);
    expect(holder.state.doc.textContent).toBe("aXYb");
    expect(plugin.props.handleTextInput!.call(plugin, view, 2, 2, "\u0000", () => holder.state.tr)).toBe(true);
    expect(holder.state.doc.textContent).toBe("aXYb");
    expect(plugin.props.handleTextInput!.call(plugin, view, 1, 1, "plain", () => holder.state.tr)).toBe(false);
  });

  it("leaves a remote (y-sync) transaction alone, even one holding a control character", () => {
    const { view, holder } = viewWith("ab");
    view.dispatch(holder.state.tr.insertText("\u0001", 2).setMeta(ySyncPluginKey, { isChangeOrigin: true }));
    expect(holder.state.doc.textContent).toBe("a\u0001b");
  });
});
