import type { AnyExtension } from "@tiptap/core";
import { isChangeOrigin } from "@tiptap/extension-collaboration";
import { Link } from "@tiptap/extension-link";
import { UniqueID } from "@tiptap/extension-unique-id";
import { TrailingNode } from "@tiptap/extensions";
import StarterKit from "@tiptap/starter-kit";
import { Citation } from "./citation-node";
import { blockIdAttribute, blockIdTypes, newBlockId } from "./block-id";
import { isAllowedLink } from "./is-allowed-link";
import { guardedAutolink, isAutolink } from "./autolink-guard";
import { localOnly } from "./local-only";
import { SuggestionDelete, SuggestionFormat, SuggestionInsert } from "./suggestion-marks";

/**
 * Links as the section document has them, with Tiptap's autolink as it comes (baseExtensions guards it). Only href
 * is kept (pasted class/target/rel/title could style a link over the page); the renderer sets rel.
 */
export const FolioLink = localOnly(Link)
  .extend({
    addAttributes() {
      return { href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute("href") } };
    },
  })
  .configure({
    openOnClick: false,
    autolink: true,
    protocols: ["http", "https", "mailto"],
    isAllowedUri: (url) => isAllowedLink(url),
    HTMLAttributes: { rel: "noopener noreferrer nofollow" },
  });

export interface BaseExtensionOptions {
  /** Give new and copied blocks an id as the user edits (the section editor); a read-only view only keeps them. */
  assignBlockIds?: boolean;
}

/**
 * The extensions every section document uses, on the server (schema, seeding) and in the browser.
 *
 * Every plugin here that appends transactions (UniqueID, autolink, trailing node) is wrapped in `localOnly`: it
 * reacts to what this user typed, never to a change that arrived through Yjs. Changing this list, or any plugin
 * in it, means running the browser chaos run (`npm run test:chaos -- --browser`) before merging; see README.
 */
export function baseExtensions({ assignBlockIds = true }: BaseExtensionOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs brings its own undo manager that undoes only the local user's changes.
      undoRedo: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      heading: { levels: [2, 3, 4] },
      link: false,
      // Added below, local-only: a trailing paragraph appended after a remote change would be appended by
      // every open editor at once.
      trailingNode: false,
    }),
    localOnly(TrailingNode),
    // Autolink is asked only when a keystroke could end a link (see autolink-guard.ts), not on every one.
    FolioLink.extend({
      addProseMirrorPlugins() {
        return (this.parent?.() ?? []).map((plugin) => (isAutolink(plugin) ? guardedAutolink(plugin) : plugin));
      },
    }),
    Citation,
    // Suggestions (see suggest-changes.ts): marks only; the plugin that makes them is the section editor's.
    SuggestionInsert,
    SuggestionDelete,
    SuggestionFormat,
    // Paragraph and heading ids (see block-id.ts): a split or a paste gets a new one; other users' changes are theirs.
    localOnly(UniqueID).configure({
      types: [...blockIdTypes],
      attributeName: blockIdAttribute,
      generateID: () => newBlockId(),
      filterTransaction: (transaction) => !isChangeOrigin(transaction),
      updateDocument: assignBlockIds,
    }),
  ];
}
