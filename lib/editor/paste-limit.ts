import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { Slice } from "@tiptap/pm/model";

export interface InputLimits {
  /** The collaboration server's largest message (FOLIO_COLLAB_MAX_MESSAGE_BYTES). */
  maxMessageBytes: number;
  /** The collaboration server's largest section document (FOLIO_COLLAB_MAX_DOCUMENT_BYTES). */
  maxDocumentBytes: number;
}

/**
 * Share of each limit a paste may use: the slice's JSON is close to (for formatted text, above) the size of the
 * Yjs update it becomes, and the frame adds its address and headers.
 */
const MESSAGE_MARGIN = 0.75;
const DOCUMENT_MARGIN = 0.9;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** What inserting `insertBytes` into a document of `documentBytes` would break, in words, or null when it fits. */
export function insertRefusal({ insertBytes, documentBytes, limits }: { insertBytes: number; documentBytes: number; limits: InputLimits }): string | null {
  const perChange = Math.floor(limits.maxMessageBytes * MESSAGE_MARGIN);
  if (insertBytes > perChange) {
    return (
      `Not pasted: this is ${formatBytes(insertBytes)}, and one change can be at most about ${formatBytes(perChange)} ` +
      `(the server accepts ${formatBytes(limits.maxMessageBytes)} per message). Paste it in smaller parts, or split it across several sections.`
    );
  }
  const room = Math.floor(limits.maxDocumentBytes * DOCUMENT_MARGIN) - documentBytes;
  if (insertBytes > room) {
    return (
      `Not pasted: this section would grow past its limit of ${formatBytes(limits.maxDocumentBytes)} ` +
      `(it holds ${formatBytes(documentBytes)}; this is ${formatBytes(insertBytes)}). Put the text into another section, or split this one.`
    );
  }
  return null;
}

/** The size of a slice as the JSON of its content, in UTF-8 bytes. */
export function sliceBytes(slice: Slice): number {
  return new TextEncoder().encode(JSON.stringify(slice.content.toJSON() ?? [])).byteLength;
}

export interface PasteLimitOptions {
  limits: InputLimits | null;
  /** The document's current encoded size. */
  documentBytes: () => number;
  onRefused: (message: string) => void;
}

/** Refuses a paste or drop that the collaboration server would refuse, before it reaches the document. */
export const PasteLimit = Extension.create<PasteLimitOptions>({
  name: "pasteLimit",
  priority: 1000,

  addOptions() {
    return { limits: null, documentBytes: () => 0, onRefused: () => {} };
  },

  addProseMirrorPlugins() {
    const { limits, documentBytes, onRefused } = this.options;
    const refuse = (slice: Slice): boolean => {
      if (!limits) return false;
      const message = insertRefusal({ insertBytes: sliceBytes(slice), documentBytes: documentBytes(), limits });
      if (message === null) return false;
      onRefused(message);
      return true;
    };
    return [
      new Plugin({
        key: new PluginKey("pasteLimit"),
        props: {
          handlePaste: (_view, _event, slice) => refuse(slice),
          handleDrop: (_view, _event, slice) => refuse(slice),
        },
      }),
    ];
  },
});
