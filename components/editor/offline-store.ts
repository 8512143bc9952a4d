import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { AfterPaint } from "@/lib/editor/after-paint";
import { encodeCitationOrdersMessage, parseCitationOrdersMessage, type CitationOrders } from "@/lib/collab/citation-orders-message";

const PREFIX = "folio";
/** The key of the profile's last known citation orders in the copy's custom store. */
const ORDERS_KEY = "citation-orders";
/** The longest a change waits to be written when the page draws no frame (a hidden tab). */
const WRITE_FALLBACK_MS = 100;

/** One IndexedDB database per user and section, so one person's offline copy never reaches another's session. */
export function offlineDatabaseName(userId: string, sectionId: string): string {
  return `${PREFIX}:${userId}:section:${sectionId}`;
}

/** Resolves once every IndexedDB write to `db`'s update store issued before the call has committed. */
function committed(db: IDBDatabase | null): Promise<void> {
  if (!db) return Promise.reject(new Error("IndexedDB is not open"));
  return new Promise((resolve, reject) => {
    // A transaction over the same store starts only after earlier read-write transactions on it have finished.
    const tx = db.transaction(["updates"], "readonly");
    tx.objectStore("updates").count();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * Keeps a section's Yjs document in the browser's IndexedDB (y-indexeddb): what was typed survives a reload or a
 * closed tab while the server is unreachable, and merges when the socket is back. `savedOnDevice` is true only once
 * IndexedDB has committed every change made so far.
 */
export class OfflineStore {
  private readonly persistence: IndexeddbPersistence;
  private issued = 0;
  private written = 0;
  /** A check in flight covers every write issued before it started; writes issued meanwhile get the next one. */
  private checking = false;
  private closed = false;
  /** IndexedDB's copy has been read into the document. */
  loaded = false;
  /** Resolves once IndexedDB's copy has been read into the document, or IndexedDB could not be opened. */
  readonly settled: Promise<void>;

  constructor(
    readonly name: string,
    private readonly doc: Y.Doc,
    private readonly onChange: () => void,
  ) {
    this.persistence = new IndexeddbPersistence(name, doc);
    const read = this.persistence.whenSynced.then(() => {
      performance.mark("folio:device-copy-loaded");
      // Sign-out deletes the database: let go of it at once instead of blocking the deletion.
      if (this.persistence.db) this.persistence.db.onversionchange = () => this.destroy();
      this.loaded = true;
      this.onChange();
    });
    // A database that cannot be opened is never read: its failure settles the copy instead.
    const unavailable = this.persistence._db.then(
      () => new Promise<void>(() => {}),
      () => {},
    );
    this.settled = Promise.race([read, unavailable]);
    // y-indexeddb writes each change in a transaction of its own as it happens, in the keystroke's task; here the
    // changes are written just after the frame that shows them, merged when several share a frame (issue 20).
    doc.off("update", this.persistence._storeUpdate);
    doc.on("update", this.collect);
    if (typeof window !== "undefined") window.addEventListener("pagehide", this.write.now);
  }

  /** Changes not yet handed to IndexedDB, and the run that hands them over after the next frame. */
  private pending: Uint8Array[] = [];
  private readonly write = new AfterPaint(() => this.writePending(), WRITE_FALLBACK_MS);

  /** Every change made to the document so far is in IndexedDB. */
  get savedOnDevice(): boolean {
    return this.loaded && this.pending.length === 0 && this.written === this.issued;
  }

  private collect = (update: Uint8Array, origin: unknown) => {
    if (origin === this.persistence || this.closed) return;
    this.pending.push(update);
    this.write.schedule();
  };

  private writePending(): void {
    if (this.pending.length === 0 || this.closed) return;
    const update = this.pending.length === 1 ? this.pending[0]! : Y.mergeUpdates(this.pending);
    this.pending = [];
    // Before IndexedDB is open y-indexeddb drops the write: its first sync stores the whole document, this included.
    this.persistence._storeUpdate(update, null);
    this.issued += 1;
    this.checkWritten();
  }

  /**
   * Learns when IndexedDB has committed what was issued: one check at a time, however fast the keystrokes come
   * (each check is a transaction of its own, and one per keystroke was measurable while typing).
   */
  private checkWritten(): void {
    if (this.checking || this.closed) return;
    this.checking = true;
    const version = this.issued;
    void this.persistence.whenSynced
      .then(() => committed(this.persistence.db))
      .then(
        () => {
          this.checking = false;
          if (this.closed) return;
          this.written = Math.max(this.written, version);
          this.onChange();
          if (this.written < this.issued) this.checkWritten();
        },
        () => {
          this.checking = false;
        },
      );
  }

  /**
   * Keeps the profile's citation orders as the channel last sent them with this copy, so the section numbers its
   * notes as last known when it opens from this copy while the server is unreachable. Never throws.
   */
  async saveCitationOrders(orders: CitationOrders): Promise<void> {
    if (this.closed) return;
    await this.persistence.set(ORDERS_KEY, encodeCitationOrdersMessage(orders)).catch(() => {});
  }

  /** The citation orders last kept with this copy, or null when none were (or they cannot be read). */
  async citationOrders(): Promise<CitationOrders | null> {
    if (this.closed) return null;
    const value: unknown = await this.persistence.get(ORDERS_KEY).catch(() => null);
    return typeof value === "string" ? parseCitationOrdersMessage(value) : null;
  }

  destroy(): void {
    this.write.now();
    this.closed = true;
    this.doc.off("update", this.collect);
    if (typeof window !== "undefined") window.removeEventListener("pagehide", this.write.now);
    void this.persistence.destroy();
  }

  /** Stops keeping the document and deletes its copy (a change the server refused must not be sent again). */
  async clear(): Promise<void> {
    this.closed = true;
    this.write.cancel();
    this.pending = [];
    this.doc.off("update", this.collect);
    if (typeof window !== "undefined") window.removeEventListener("pagehide", this.write.now);
    await this.persistence.clearData();
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Another tab still has it open: it is deleted once that tab closes it.
    request.onblocked = () => resolve();
  });
}

/** Deletes every Folio offline copy of `userId` in this browser (on sign-out). */
export async function clearOfflineData(userId: string): Promise<void> {
  if (typeof indexedDB === "undefined" || typeof indexedDB.databases !== "function") return;
  const prefix = `${PREFIX}:${userId}:`;
  const databases = await indexedDB.databases();
  await Promise.all(databases.flatMap((d) => (d.name?.startsWith(prefix) ? [deleteDatabase(d.name)] : [])));
}
