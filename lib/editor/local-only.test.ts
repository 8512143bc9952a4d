// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { AllSelection, EditorState, type Plugin, type Transaction } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import { baseExtensions } from "./extensions";

// Every plugin of the section editor that appends transactions, alone in a state, must do nothing when the change
// came through Yjs (a remote edit) — and still do its job for the same change typed locally, so the test can fail.
const editor = new Editor({ extensions: baseExtensions() });
const { schema } = editor;
const appending = editor.state.plugins.filter((p) => typeof p.spec.appendTransaction === "function");
const keyOf = (p: Plugin) => (p.spec.key as unknown as { key?: string } | undefined)?.key ?? "(no key)";

const start: PMNode = schema.node("doc", null, [schema.node("paragraph", { id: "startblock01" }, [schema.text("Start.")])]);
/** A change each plugin reacts to: a paragraph without an id, a bare URL followed by a space, a heading last. */
function triggeringChange(state: EditorState): Transaction {
  const end = state.doc.content.size;
  return state.tr.insert(end, [
    schema.node("paragraph", null, [schema.text("see https://example.org ")]),
    schema.node("heading", { level: 2 }, [schema.text("Last")]),
  ]);
}

/** A remote change that deletes everything while this user had all of it selected (what clearDocument reacts to). */
function clearingChange(state: EditorState): { state: EditorState; tr: Transaction } {
  const selected = state.apply(state.tr.setSelection(new AllSelection(state.doc)));
  return { state: selected, tr: selected.tr.delete(0, selected.doc.content.size) };
}

// Folio's own extensions are wrapped in localOnly; Tiptap's core plugins (input and paste rules, clearDocument) are
// not ours to wrap, so this proves they append nothing to the remote changes that would trigger Folio's.
const ours = new Set(["uniqueID$", "autolink$", "trailingNode$"]);

describe("plugins that append transactions ignore remote (y-sync) changes", () => {
  it("finds the plugins it checks (UniqueID, autolink, trailing node)", () => {
    const keys = appending.map(keyOf);
    for (const key of ours) expect(keys).toContain(key);
  });

  it.each(appending.map((p, i) => [`${keyOf(p)} #${i}`, p] as const))("%s appends nothing to a remote change", (_key, plugin) => {
    const state = EditorState.create({ schema, doc: start, plugins: [plugin] });
    const remote = triggeringChange(state).setMeta(ySyncPluginKey, { isChangeOrigin: true });
    const remoteResult = state.applyTransaction(remote);
    expect(remoteResult.transactions).toHaveLength(1);
    expect(remoteResult.state.doc.eq(remote.doc)).toBe(true);

    const clearing = clearingChange(state);
    const cleared = clearing.state.applyTransaction(clearing.tr.setMeta(ySyncPluginKey, { isChangeOrigin: true }));
    expect(cleared.transactions).toHaveLength(1);
  });

  it.each([...ours])("%s still answers the same change typed locally (so the check above can fail)", (key) => {
    const plugin = appending.find((p) => keyOf(p) === key)!;
    const state = EditorState.create({ schema, doc: start, plugins: [plugin] });
    expect(state.applyTransaction(triggeringChange(state)).transactions.length).toBeGreaterThan(1);
  });
});
