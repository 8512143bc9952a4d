import type { HocuspocusProvider } from "@hocuspocus/provider";
import * as Y from "yjs";
import { AfterPaint } from "@/lib/editor/after-paint";

/**
 * Sends this person's changes, and their caret's moves, just after the frame that shows them instead of in the
 * keystroke's own task (issue 20), merged when several keystrokes share a frame. The provider's own listeners are
 * replaced by these; what reaches it is what it would have sent, later by at most a frame (or `fallbackMs` on a page
 * that draws none). A change made while the provider is not attached goes to it at once, as before: it drops it,
 * and the sync that starts on attach carries it (a device copy read in before the sync is not sent a second time).
 */
export class SendAfterPaint {
  private updates: Uint8Array[] = [];
  private carets = new Set<number>();
  private readonly run: AfterPaint;

  constructor(
    private readonly provider: HocuspocusProvider,
    private readonly doc: Y.Doc,
    fallbackMs: number,
  ) {
    this.run = new AfterPaint(() => this.send(), fallbackMs);
    doc.off("update", provider.boundDocumentUpdateHandler);
    doc.on("update", this.onUpdate);
    provider.awareness?.off("update", provider.boundAwarenessUpdateHandler);
    provider.awareness?.on("update", this.onAwareness);
    // The provider removes this person's presence on pagehide; what is still waiting goes with it.
    if (typeof window !== "undefined") window.addEventListener("pagehide", this.run.now);
  }

  /** Something typed here has not been handed to the provider yet. */
  get pending(): boolean {
    return this.updates.length > 0;
  }

  /** Hands over what waits, then lets go of the document and the provider's awareness (the session's teardown). */
  stop(): void {
    this.run.now();
    this.doc.off("update", this.onUpdate);
    this.provider.awareness?.off("update", this.onAwareness);
    if (typeof window !== "undefined") window.removeEventListener("pagehide", this.run.now);
  }

  private onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this.provider) return;
    if (!this.provider.isAttached) {
      this.provider.documentUpdateHandler(update, origin);
      return;
    }
    this.updates.push(update);
    this.run.schedule();
  };

  /** Only this client's own state changing (its caret moving) waits; arrivals and departures go at once. */
  private onAwareness = (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    const self = this.doc.clientID;
    if (origin !== this.provider && changes.added.length === 0 && changes.removed.length === 0 && changes.updated.length === 1 && changes.updated[0] === self) {
      this.carets.add(self);
      this.run.schedule();
      return;
    }
    this.provider.boundAwarenessUpdateHandler(changes, origin);
  };

  private send(): void {
    if (this.updates.length > 0) {
      const update = this.updates.length === 1 ? this.updates[0]! : Y.mergeUpdates(this.updates);
      this.updates = [];
      this.provider.documentUpdateHandler(update, null);
    }
    if (this.carets.size > 0) {
      const updated = [...this.carets];
      this.carets.clear();
      this.provider.boundAwarenessUpdateHandler({ added: [], updated, removed: [] }, "local");
    }
  }
}
