import { Editor } from "@tiptap/core";
import type { Slice } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { isBlockId, newBlockId, withBlockIds } from "./block-id";
import { baseExtensions } from "./extensions";
import { ensureBlockIds } from "./ydoc-block-ids";
import { deriveContent, yStateFromJSON } from "./ydoc-content";

type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[] };
const ids = (node: Node): string[] => [
  ...(node.type === "paragraph" || node.type === "heading" ? [String(node.attrs?.id)] : []),
  ...(node.content ?? []).flatMap(ids),
];
const p = (text: string, id?: string): Node => ({ type: "paragraph", ...(id === undefined ? {} : { attrs: { id } }), content: [{ type: "text", text } as Node] });

describe("newBlockId", () => {
  it("makes valid ids that do not repeat", () => {
    const made = Array.from({ length: 2_000 }, newBlockId);
    expect(made.every(isBlockId)).toBe(true);
    expect(new Set(made).size).toBe(made.length);
  });
});

describe("withBlockIds", () => {
  it("keeps valid ids, fills missing ones, and replaces malformed and repeated ones (the first keeps its id)", () => {
    const doc: Node = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [] },
        p("kept", "keep-me"),
        p("copy", "keep-me"),
        p("bad", "<b>no</b>"),
        { type: "bulletList", content: [{ type: "listItem", content: [p("nested")] }] },
      ],
    };
    const out = withBlockIds(doc);
    const got = ids(out);
    expect(got).toHaveLength(5);
    expect(got[1]).toBe("keep-me");
    expect(new Set(got).size).toBe(5);
    expect(got.every(isBlockId)).toBe(true);
    expect((out.content![0] as Node).attrs!.level).toBe(2);
    // The input is not modified.
    expect(ids(doc)).toEqual(["undefined", "keep-me", "keep-me", "<b>no</b>", "undefined"]);
  });
});

describe("ensureBlockIds", () => {
  it("assigns ids in a loaded Yjs document once, and leaves a complete one untouched", () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, yStateFromJSON({ type: "doc", content: [p("a"), p("b", "same1"), p("c", "same1")] }));
    let updates = 0;
    doc.on("update", () => updates++);
    expect(ensureBlockIds(doc)).toBe(2);
    expect(updates).toBe(1);
    const got = ids(deriveContent(doc).json as Node);
    expect(got[1]).toBe("same1");
    expect(new Set(got).size).toBe(3);
    expect(ensureBlockIds(doc)).toBe(0);
    expect(updates).toBe(1);
  });
});

describe("the editor's block ids", () => {
  // Node 20 has no navigator; the editor's keymaps ask it for the platform.
  beforeAll(() => {
    if (typeof navigator === "undefined") vi.stubGlobal("navigator", { platform: "Linux x86_64", userAgent: "node", maxTouchPoints: 0 });
  });
  // The editor's own plugins on a bare EditorState (no DOM here): a split is a transaction like any other.
  const stateWith = (doc: Node) => {
    const editor = new Editor({ extensions: baseExtensions(), content: doc });
    const state = EditorState.create({ doc: editor.schema.nodeFromJSON(doc), plugins: editor.extensionManager.plugins });
    editor.destroy();
    return state;
  };

  it("gives the new half of a split paragraph its own id and keeps the original's", () => {
    const state = stateWith({ type: "doc", content: [p("Hello world", "orig1")] });
    const split = state.apply(state.tr.split(6));
    const got = ids(split.doc.toJSON() as Node);
    expect(got).toHaveLength(2);
    expect(got[0]).toBe("orig1");
    expect(isBlockId(got[1])).toBe(true);
    expect(got[1]).not.toBe("orig1");
  });

  it("gives a pasted copy of a paragraph a new id", () => {
    const state = stateWith({ type: "doc", content: [p("Copied", "orig2")] });
    // What ProseMirror does on paste: the paste event, then every plugin's transformPasted, then the replace.
    const plugin = state.plugins.find((pl) => (pl as unknown as { key: string }).key.startsWith("uniqueID"))!;
    const props = plugin.props as unknown as { handleDOMEvents: { paste: () => boolean }; transformPasted: (slice: Slice) => Slice };
    props.handleDOMEvents.paste();
    const copy = props.transformPasted(state.doc.slice(0, state.doc.content.size));
    const pasted = state.apply(state.tr.replace(state.doc.content.size, state.doc.content.size, copy));
    const got = ids(pasted.doc.toJSON() as Node);
    expect(got).toHaveLength(2);
    expect(got[0]).toBe("orig2");
    expect(got[1]).not.toBe("orig2");
  });

  it("leaves ids alone in a read-only view", () => {
    const editor = new Editor({ extensions: baseExtensions({ assignBlockIds: false }), content: { type: "doc", content: [] } });
    const state = EditorState.create({ doc: editor.schema.nodeFromJSON({ type: "doc", content: [p("Hello world", "orig3")] }), plugins: editor.extensionManager.plugins });
    editor.destroy();
    expect(ids(state.apply(state.tr.split(6)).doc.toJSON() as Node)).toEqual(["orig3", "orig3"]);
  });
});
