import * as Y from "yjs";
import { prosemirrorJSONToYDoc, updateYFragment, yXmlFragmentToProseMirrorRootNode } from "y-prosemirror";
import type { Node as PMNode } from "@tiptap/pm/model";
import { sectionSchema } from "./schema";
import { withoutSuggestions } from "./suggestions";
import { stripForbiddenCharacters, stripForbiddenDeep } from "@/lib/validation/forbidden-characters";

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

/** The section document as the Y.Doc holds it, open suggestions included. */
export function yDocToNode(doc: Y.Doc): PMNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(FRAGMENT), sectionSchema());
}

/**
 * Writes a changed ProseMirror document into the Y.Doc as the smallest Yjs change y-prosemirror finds (the way a
 * browser editor writes its changes). Call inside the transaction that read the document.
 */
export function writeNodeToYDoc(doc: Y.Doc, node: PMNode): void {
  updateYFragment(doc, doc.getXmlFragment(FRAGMENT), node, { mapping: new Map(), isOMark: new Map() });
}

/**
 * The derived columns of a Y.Doc: ProseMirror JSON and plain text, without open suggestions (proposed text left
 * out, text proposed for removal kept: see withoutSuggestions). Characters no column can hold (NUL, other C0
 * controls, lone surrogates: PostgreSQL refuses NUL in text and jsonb) are left out of both; the Yjs state keeps
 * whatever it holds, so nothing typed is rewritten.
 */
export function deriveContent(doc: Y.Doc): { json: ProseMirrorJSON; text: string } {
  const node = withoutSuggestions(yDocToNode(doc));
  return { json: stripForbiddenDeep(node.toJSON() as ProseMirrorJSON), text: stripForbiddenCharacters(plainText(node)) };
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
