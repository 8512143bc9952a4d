import type { AnyExtension } from "@tiptap/core";
import { isChangeOrigin } from "@tiptap/extension-collaboration";
import { Plugin, type Transaction } from "@tiptap/pm/state";

/**
 * A copy of a plugin whose `appendTransaction` never answers a change that came from Yjs (another person's edit,
 * a reconnect's sync, an undo replayed by the Yjs undo manager). Such changes are already the shared truth; a
 * plugin that rewrote them here would write its own version of someone else's paragraph back into the document
 * (every open editor doing the same), which is how concurrent edits get scrambled or duplicated.
 */
export function localOnlyPlugin(plugin: Plugin): Plugin {
  return skipAppendingWhen(plugin, (transactions) => transactions.some((tr) => isChangeOrigin(tr)));
}

/** A copy of a plugin whose `appendTransaction` is not called (appends nothing) for transactions `skip` names. */
export function skipAppendingWhen(plugin: Plugin, skip: (transactions: readonly Transaction[]) => boolean): Plugin {
  const append = plugin.spec.appendTransaction;
  if (!append) return plugin;
  return new Plugin({
    ...plugin.spec,
    appendTransaction(transactions, oldState, newState) {
      if (skip(transactions)) return null;
      return append.call(this, transactions, oldState, newState);
    },
  });
}

/** The extension with every plugin it adds made local-only (see localOnlyPlugin). */
export function localOnly<T extends AnyExtension>(extension: T): T {
  return extension.extend({
    addProseMirrorPlugins() {
      return (this.parent?.() ?? []).map(localOnlyPlugin);
    },
  }) as T;
}
