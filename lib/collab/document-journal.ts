import * as Y from "yjs";
import { encodeDocumentSnapshot } from "./stored-message";
import type { JournalEntry, LoadedSection, SectionStore } from "./section-store";

export interface DocumentJournalOptions<W> {
  sectionId: string;
  /** The loaded document; its knownIds grow with every write. */
  loaded: LoadedSection;
  store: SectionStore;
  /** How long accepted updates wait to be written together. */
  delayMs: number;
  /**
   * Called after a write commits, with the encoded Yjs snapshot (state vector and delete set) now durable and who
   * waits for that news: the writers of its updates, and those who asked for the next write (`awaitNext`).
   */
  onStored: (snapshot: Uint8Array, waiting: ReadonlySet<W>) => void;
  onError: (error: unknown, attempt: number) => void;
}

const maxBackoffMs = 2_000;

const rowChunk = 200;

/**
 * One row per writer per batch (suggesting apart from writing) keeps the log (and compaction) small while each
 * row still knows who wrote it (review counts authors); chunked because Y.mergeUpdates grows worse than linearly. Updates commute, so
 * grouping by writer loses nothing.
 */
function mergeBatch(entries: JournalEntry[]): JournalEntry[] {
  if (entries.length === 1) return entries;
  const byWriter = new Map<string, { userId: string | null; suggestionOnly: boolean; updates: Uint8Array[] }>();
  for (const e of entries) {
    const suggestionOnly = e.suggestionOnly ?? false;
    const key = `${e.userId ?? ""}|${suggestionOnly}`;
    const group = byWriter.get(key) ?? { userId: e.userId, suggestionOnly, updates: [] };
    group.updates.push(e.update);
    byWriter.set(key, group);
  }
  const rows: JournalEntry[] = [];
  for (const { userId, suggestionOnly, updates } of byWriter.values()) {
    for (let i = 0; i < updates.length; i += rowChunk) {
      const chunk = updates.slice(i, i + rowChunk);
      rows.push({ userId, suggestionOnly, update: chunk.length === 1 ? chunk[0]! : Y.mergeUpdates(chunk) });
    }
  }
  return rows;
}

/**
 * Writes every update a loaded section accepts to the append-only log within `delayMs`, one batch at a time,
 * retrying until it succeeds: an update leaves memory only once it is in the database.
 */
export class DocumentJournal<W = never> {
  private pending: JournalEntry[] = [];
  /** Who is told after the next write: writers of pending updates, and whoever asked (`awaitNext`). */
  private waiting = new Set<W>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private attempt = 0;
  /** Everything in this encoded snapshot (insertions and deletions) is in the database. */
  durableSnapshot: Uint8Array;

  constructor(private readonly options: DocumentJournalOptions<W>) {
    this.durableSnapshot = encodeDocumentSnapshot(options.loaded.doc);
  }

  /** Queues an update for the log; `writer`, when given, is among those told once it is durable. */
  add(entry: JournalEntry, writer?: W): void {
    this.pending.push(entry);
    if (writer !== undefined) this.waiting.add(writer);
    if (this.timer === null && this.running === null) this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  /** Writes everything pending now; resolves once all of it is durable. */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.running) await this.running;
    if (this.pending.length === 0) return;
    this.running = this.drain().finally(() => {
      this.running = null;
    });
    await this.running;
  }

  /**
   * `who` is told after the next write ends (or the one after, when this one had already started and more is
   * pending): a connection that joins while its own earlier changes may still be on their way to the database.
   */
  awaitNext(who: W): void {
    this.waiting.add(who);
  }

  /** Runs `task` (compaction) with no write of this document in flight, so it knows every logged row. */
  async exclusive<T>(task: () => Promise<T>): Promise<T> {
    await this.flush();
    while (this.running) await this.running;
    const run = task();
    this.running = run.then(
      () => undefined,
      () => undefined,
    );
    try {
      return await run;
    } finally {
      this.running = null;
      if (this.pending.length > 0) void this.flush();
    }
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      const waiting = this.waiting;
      this.waiting = new Set();
      // Taken synchronously with the batch: the doc holds nothing beyond what is durable or in this batch.
      const snapshot = encodeDocumentSnapshot(this.options.loaded.doc);
      try {
        const ids = await this.options.store.append(this.options.sectionId, mergeBatch(batch));
        for (const id of ids) this.options.loaded.knownIds.add(id);
      } catch (error) {
        this.pending = batch.concat(this.pending);
        for (const who of waiting) this.waiting.add(who);
        this.attempt += 1;
        this.options.onError(error, this.attempt);
        await new Promise((r) => setTimeout(r, Math.min(maxBackoffMs, 50 * 2 ** this.attempt)));
        continue;
      }
      this.attempt = 0;
      this.durableSnapshot = snapshot;
      // Nothing arrived during the write: the document holds no more than the snapshot, so everyone waiting is
      // covered now; otherwise those who asked during the write are told after the next one.
      if (this.pending.length === 0) {
        for (const who of this.waiting) waiting.add(who);
        this.waiting.clear();
      }
      this.options.onStored(snapshot, waiting);
    }
  }
}
