import {
  isTransactionOrigin,
  type beforeUnloadDocumentPayload,
  type afterUnloadDocumentPayload,
  type Connection,
  type connectedPayload,
  type Document,
  type Extension,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import { ensureBlockIds } from "@/lib/editor/ydoc-block-ids";
import { yDocCitationIds } from "@/lib/editor/ydoc-citation-ids";
import { changesRealContent } from "../changes-real-content";
import type { CollabContext } from "../collab-context";
import { RefusalReasons } from "../close-events";
import { parseDocumentName } from "../document-name";
import { DocumentJournal } from "../document-journal";
import { RefusedError } from "../refused-error";
import type { SectionDoc } from "@/lib/sections/load-section-doc";
import type { LoadedSection, SectionStore } from "../section-store";
import { encodeStoredMessage } from "../stored-message";

export interface PersistenceOptions {
  store: SectionStore;
  /** Accepted updates are written to the log within this many milliseconds. */
  flushDelayMs: number;
  /** A load slower than this fails (and stores nothing) rather than handing out a partial document. */
  loadTimeoutMs: number;
  /** A loaded section's citation order changed and is stored (the server tells the profile's channel). */
  onCitationOrder?: (change: { profileId: string; sectionId: string; ids: string[] }) => void;
  log: (line: string) => void;
}

interface JournalledSection {
  journal: DocumentJournal<Connection>;
  sectionId: string;
  profileId: string;
  loaded: LoadedSection;
  /** The citation ids in document order as last stored. */
  citationOrder: string[];
  /** Citation-order writes of this section run one after another. */
  orderWrites: Promise<void>;
}

const sameOrder = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A change that cannot be read counts as writing (review then counts its author, the safe side). */
function changesRealContentSafely(tr: Y.Transaction): boolean {
  try {
    return changesRealContent(tr);
  } catch {
    return true;
  }
}

/** Who wrote an update: a socket's user, or the user a server-side change (a direct connection) is made for. */
function userIdOf(origin: unknown): string | null {
  if (!isTransactionOrigin(origin)) return null;
  if (origin.source === "connection") return (origin.connection.context as Partial<CollabContext>).user?.id ?? null;
  if (origin.source === "local") return (origin.context as Partial<CollabContext> | undefined)?.user?.id ?? null;
  return null;
}

/**
 * Yjs binary state in the database is the source of truth: loads the snapshot and replays the log, journals every
 * accepted update within `flushDelayMs`, and compacts the log into the snapshot off the hot path.
 */
export class Persistence implements Extension<CollabContext> {
  extensionName = "Persistence";
  priority = 100;
  private readonly journals = new Map<string, JournalledSection>();

  constructor(private readonly options: PersistenceOptions) {}

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload<CollabContext>): Promise<void> {
    const target = parseDocumentName(documentName);
    if (target?.kind !== "section") return;
    let stored: SectionDoc | null;
    try {
      stored = await withTimeout(this.options.store.load(target.sectionId), this.options.loadTimeoutMs, `Loading ${documentName}`);
    } catch (cause) {
      this.options.log(`collab: loading ${documentName} failed: ${(cause as Error).message}`);
      throw new RefusedError(RefusalReasons.Unavailable, { cause });
    }
    if (!stored) throw new RefusedError(RefusalReasons.NotFound);
    try {
      Y.applyUpdate(document, Y.encodeStateAsUpdate(stored.doc));
    } finally {
      stored.doc.destroy();
    }
    this.attach(target.sectionId, stored.profileId, document, { doc: document, knownIds: new Set(stored.log.map((r) => r.id)), stateHash: stored.stateHash });
    // Blocks written before block ids existed (or copied with one) get theirs here, before any client syncs: a
    // server change, journalled like any other but counted as nobody's writing, so no editor adds it on open.
    const assigned = ensureBlockIds(document, this);
    if (assigned > 0) this.options.log(`collab: gave ${assigned} block(s) of ${documentName} an id`);
    // Hocuspocus buffers every update of the document to broadcast it on the next tick, the stored state applied
    // above included. Sent now, it reaches no one (no client is in the document yet); left buffered, it reached the
    // client that opened the section as one more copy of the whole section, after its sync had already sent it.
    document.flush();
  }

  private attach(sectionId: string, profileId: string, document: Document, loaded: LoadedSection): void {
    const journal = new DocumentJournal<Connection>({
      sectionId,
      loaded,
      store: this.options.store,
      delayMs: this.options.flushDelayMs,
      // Only the connections whose own changes the write holds (and any that asked) are told: a reader or an idle
      // writer has nothing waiting, and its "Saved" reads only its own changes (StoredState).
      onStored: (snapshot, waiting) => {
        if (!document.isDestroyed && waiting.size > 0) document.relayStateless(encodeStoredMessage(snapshot), (connection) => waiting.has(connection));
        const entry = this.journals.get(document.name);
        if (entry) this.storeCitationOrder(entry, document);
      },
      onError: (error, attempt) => {
        if (attempt === 1 || attempt % 20 === 0) this.options.log(`collab: writing ${document.name} failed (attempt ${attempt}), retrying: ${(error as Error).message}`);
      },
    });
    // Whether a person's change touched more than open suggestions is read before Yjs collects deleted content.
    const suggestionOnly = new WeakMap<Y.Transaction, boolean>();
    document.on("afterTransaction", (tr: Y.Transaction) => {
      if (userIdOf(tr.origin) !== null) suggestionOnly.set(tr, !changesRealContentSafely(tr));
    });
    document.on("update", (update: Uint8Array, origin: unknown, _doc: Y.Doc, tr: Y.Transaction) =>
      journal.add(
        { update, userId: userIdOf(origin), suggestionOnly: suggestionOnly.get(tr) ?? false },
        isTransactionOrigin(origin) && origin.source === "connection" ? origin.connection : undefined,
      ),
    );
    this.journals.set(document.name, { journal, sectionId, profileId, loaded, citationOrder: yDocCitationIds(document), orderWrites: Promise.resolve() });
  }

  /** After a write: when the section's citations changed order, store the new order, then tell the profile. */
  private storeCitationOrder(entry: JournalledSection, document: Document): void {
    if (document.isDestroyed) return;
    const ids = yDocCitationIds(document);
    if (sameOrder(ids, entry.citationOrder)) return;
    entry.citationOrder = ids;
    const { sectionId, profileId } = entry;
    entry.orderWrites = entry.orderWrites
      .then(() => this.options.store.saveCitationOrder(sectionId, ids))
      .then(
        () => this.options.onCitationOrder?.({ profileId, sectionId, ids }),
        (error: unknown) => this.options.log(`collab: storing the citation order of section.${sectionId} failed: ${(error as Error).message}`),
      );
  }

  /** The citation orders of the profile's sections loaded here (fresher than the database while being written). */
  liveCitationOrders(profileId: string): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const entry of this.journals.values()) if (entry.profileId === profileId) out[entry.sectionId] = entry.citationOrder;
    return out;
  }

  async connected({ documentName, connection }: connectedPayload<CollabContext>): Promise<void> {
    const entry = this.journals.get(documentName);
    if (!entry) return;
    connection.sendStateless(encodeStoredMessage(entry.journal.durableSnapshot));
    // Reconnected, a client resends what it has; changes its old connection sent may still be being written, and
    // a resent change the document already holds is no update of this connection's: it hears of the next write.
    entry.journal.awaitNext(connection);
  }

  /** Debounced by Hocuspocus: make the log durable, then fold it into the snapshot. */
  async onStoreDocument({ documentName }: onStoreDocumentPayload<CollabContext>): Promise<void> {
    await this.compact(documentName);
  }

  private async compact(documentName: string): Promise<void> {
    const entry = this.journals.get(documentName);
    if (!entry) return;
    const { journal, sectionId, loaded } = entry;
    await journal.flush();
    try {
      await journal.exclusive(() => this.options.store.compact(sectionId, loaded));
    } catch (cause) {
      // The log is already durable; compaction is retried on the next store.
      this.options.log(`collab: compacting section.${sectionId} failed: ${(cause as Error).message}`);
    }
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    await this.journals.get(documentName)?.journal.flush();
  }

  async afterUnloadDocument({ documentName, instance }: afterUnloadDocumentPayload): Promise<void> {
    if (!instance.documents.has(documentName)) this.journals.delete(documentName);
  }

  /** Writes a loaded section's pending updates to the log now (before a revision is frozen). */
  async flushSection(sectionId: string): Promise<void> {
    for (const entry of this.journals.values()) if (entry.sectionId === sectionId) await entry.journal.flush();
  }

  /** Writes every loaded document's pending updates and compacts them (shutdown). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.journals.keys()].map((name) => this.compact(name)));
  }
}
