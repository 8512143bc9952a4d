// The baseline of bench/editor-latency.ts: a bare Tiptap 3 + Yjs editor (StarterKit + Collaboration, no Folio
// extension, no server) over the same section text, bundled with esbuild and served by the bench on loopback.
import { Editor } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import StarterKit from "@tiptap/starter-kit";
import * as Y from "yjs";

async function main() {
  const state = new Uint8Array(await (await fetch("/state.bin")).arrayBuffer());
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  new Editor({
    element: document.getElementById("editor")!,
    extensions: [StarterKit.configure({ undoRedo: false }), Collaboration.configure({ document: doc, field: "default" })],
    editorProps: { attributes: { role: "textbox", "aria-label": "Section text", "aria-multiline": "true", class: "bare-editor" } },
  });
}

void main();
