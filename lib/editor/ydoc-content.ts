import * as Y from "yjs";
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from "y-prosemirror";
import type { Node as PMNode } from "@tiptap/pm/model";
import { sectionSchema } from "./schema";

/** The Y.XmlFragment name Tiptap's Collaboration extension uses by default. */
export const FRAGMENT = "default";

export type ProseMirrorJSON = Record<string, unknown>;

/** Builds a document's first Yjs state from ProseMirror JSON (server-side seeding and imports only). */
export function yStateFromJSON(json: ProseMirrorJSON): Uint8Array {
  const doc = prosemirrorJSONToYDoc(sectionSchema(), json, FRAGMENT);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

function plainText(node: PMNode): string {
  const blocks: string[] = [];
  node.forEach((child) => {
    blocks.push(child.isTextblock ? child.textContent : plainText(child));
  });
  return blocks.filter((b) => b !== "").join("\n");
}

/** The derived columns of a Y.Doc: ProseMirror JSON and plain text. */
export function deriveContent(doc: Y.Doc): { json: ProseMirrorJSON; text: string } {
  const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(FRAGMENT), sectionSchema());
  return { json: node.toJSON() as ProseMirrorJSON, text: plainText(node) };
}

/** Derived content straight from an encoded Yjs state. */
export function deriveContentFromState(state: Uint8Array): { json: ProseMirrorJSON; text: string } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  try {
    return deriveContent(doc);
  } finally {
    doc.destroy();
  }
}
