// The baselines of bench/editor-latency.ts: a bare Tiptap 3 + Yjs editor (StarterKit + Collaboration, no Folio
// extension, no server) over the same section text, bundled with esbuild and served by the bench on loopback.
// With `?markers=1` it holds the section's footnote markers as they are in Folio's document, inline atom nodes
// (`<sup contenteditable="false">[n]</sup>`, no node view, no store), instead of their numbers as text: that
// second baseline separates what the markers themselves cost the browser from what Folio adds.
import { Editor, Node } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import StarterKit from "@tiptap/starter-kit";
import * as Y from "yjs";

/** A footnote marker and nothing else: the number it shows is an attribute. */
export const BareMarker = Node.create({
  name: "citation",
  group: "inline",
  inline: true,
  atom: true,
  addAttributes() {
    return { citationId: { default: null }, number: { default: "?" } };
  },
  renderHTML({ node }) {
    return ["sup", { class: "citation-marker" }, `[${String(node.attrs.number)}]`];
  },
});

async function main() {
  const markers = new URLSearchParams(location.search).get("markers") === "1";
  const state = new Uint8Array(await (await fetch(markers ? "/state-markers.bin" : "/state.bin")).arrayBuffer());
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  new Editor({
    element: document.getElementById("editor")!,
    extensions: [StarterKit.configure({ undoRedo: false }), ...(markers ? [BareMarker] : []), Collaboration.configure({ document: doc, field: "default" })],
    editorProps: { attributes: { role: "textbox", "aria-label": "Section text", "aria-multiline": "true", class: "bare-editor" } },
  });
}

if (typeof document !== "undefined") void main();
