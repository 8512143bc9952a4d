import { createHash } from "node:crypto";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import * as Y from "yjs";
import { arrayLiteral } from "@/lib/db/array-literal";
import type { Database, Transaction } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows-of";
import { profiles, sections, sectionUpdates } from "@/lib/db/schema/profiles";
import { citationIds } from "@/lib/editor/citation-ids";
import { deriveContent } from "@/lib/editor/ydoc-content";
import { loadSectionDoc, type SectionDoc } from "@/lib/sections/load-section-doc";

/** One accepted Yjs update and who sent it (null for server-side or relayed changes). */
export interface JournalEntry {
  update: Uint8Array;
  userId: string | null;
  /** Only open suggestions changed (changesRealContent): review does not count it as the user's writing. */
  suggestionOnly?: boolean;
}

/** What a loaded document knows of its stored form, so compaction can skip re-reading what it already holds. */
export interface LoadedSection {
  doc: Y.Doc;
  /** Log rows already in `doc` (replayed at load or written from it). */
  knownIds: Set<number>;
  /** md5 of the snapshot `doc` was loaded from or last wrote. */
  stateHash: string;
}

/** Where the collaboration server keeps section documents; swapped in tests to inject faults. */
export interface SectionStore {
  sectionExists(sectionId: string): Promise<boolean>;
  profileExists(profileId: string): Promise<boolean>;
  /** The stored document (`loadSectionDoc`, the caller destroys it), or null when the section does not exist. @throws when it cannot be read */
  load(sectionId: string): Promise<SectionDoc | null>;
  /** Appends accepted updates to the section's log in one statement; returns their row ids. */
  append(sectionId: string, entries: JournalEntry[]): Promise<number[]>;
  /** Folds the log into sections.y_state with derived JSON and text, updating `loaded`; returns the rows compacted. */
  compact(sectionId: string, loaded: LoadedSection): Promise<number>;
  /** Stores a section's citation ids in document order (footnote numbering across the profile). */
  saveCitationOrder(sectionId: string, ids: string[]): Promise<void>;
  /** Every section's stored citation order of a profile, by section id. */
  citationOrders(profileId: string): Promise<Record<string, string[]>>;
}

const compactBatch = 5_000;

const md5 = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("hex");
const anyId = (ids: number[]): SQL => sql`${sectionUpdates.id} = any(${sql.param(`{${ids.join(",")}}`)}::bigint[])`;

async function compactBatchOnce(tx: Transaction, sectionId: string, loaded: LoadedSection): Promise<number> {
  const [row] = await tx.select({ hash: sql<string>`md5(${sections.yState})` }).from(sections).where(eq(sections.id, sectionId)).for("update");
  if (!row?.hash) return 0;
  const ids = (
    await tx.select({ id: sectionUpdates.id }).from(sectionUpdates).where(eq(sectionUpdates.sectionId, sectionId)).orderBy(asc(sectionUpdates.id)).limit(compactBatch)
  ).map((r) => r.id);
  if (ids.length === 0) return 0;
  const foreign = ids.filter((id) => !loaded.knownIds.has(id));
  let doc = loaded.doc;
  // Another instance compacted or logged what this one has not seen: merge the stored form, not just memory.
  if (foreign.length > 0 || row.hash !== loaded.stateHash) {
    doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(loaded.doc));
    if (row.hash !== loaded.stateHash) {
      const [stored] = await tx.select({ state: sections.yState }).from(sections).where(eq(sections.id, sectionId));
      if (stored?.state) Y.applyUpdate(doc, stored.state);
    }
    if (foreign.length > 0) {
      const rows = await tx.select({ update: sectionUpdates.update }).from(sectionUpdates).where(anyId(foreign)).orderBy(asc(sectionUpdates.id));
      for (const r of rows) Y.applyUpdate(doc, r.update);
    }
  }
  try {
    const state = Y.encodeStateAsUpdate(doc);
    const { json, text } = deriveContent(doc);
    await tx.update(sections).set({ yState: state, contentJson: json, contentText: text, citationOrder: citationIds(json), updatedAt: new Date() }).where(eq(sections.id, sectionId));
    // Who wrote what outlives the log: review counts everyone who wrote since the last approval (suggesting only
    // is not writing: see changesRealContent).
    await tx.execute(sql`insert into section_writers (section_id, user_id, last_update_id)
      select section_id, user_id, max(id) from section_updates where ${anyId(ids)} and user_id is not null and not suggestion_only group by section_id, user_id
      on conflict (section_id, user_id) do update set last_update_id = greatest(section_writers.last_update_id, excluded.last_update_id)`);
    // Delete exactly the rows merged: a row committed meanwhile with a lower id must survive.
    await tx.delete(sectionUpdates).where(and(eq(sectionUpdates.sectionId, sectionId), anyId(ids)));
    loaded.stateHash = md5(state);
    for (const id of ids) loaded.knownIds.delete(id);
  } finally {
    if (doc !== loaded.doc) doc.destroy();
  }
  return ids.length;
}

/** The PostgreSQL / PGlite implementation of SectionStore. */
export function createSectionStore(db: Database): SectionStore {
  return {
    async sectionExists(sectionId) {
      const [row] = await db.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId)).limit(1);
      return row !== undefined;
    },

    async profileExists(profileId) {
      const [row] = await db.select({ id: profiles.id }).from(profiles).where(eq(profiles.id, profileId)).limit(1);
      return row !== undefined;
    },

    async load(sectionId) {
      // One snapshot for both reads: under READ COMMITTED a compaction committing between them hands back
      // the old state with an already emptied log, and the loaded document misses those updates.
      return db.transaction((tx) => loadSectionDoc(tx, sectionId), { isolationLevel: "repeatable read" });
    },

    async append(sectionId, entries) {
      if (entries.length === 0) return [];
      // One statement for the whole batch (all rows or none), in batch order. It runs on the relay's thread every
      // write: three array parameters cost the same to build for any number of rows, where the query builder took
      // about 0.5 ms a write for its per-row, per-column values (embedded PGlite itself runs on its own thread).
      const updates = arrayLiteral(entries.map((e) => Buffer.from(e.update.buffer, e.update.byteOffset, e.update.byteLength).toString("hex")));
      const writers = arrayLiteral(entries.map((e) => e.userId));
      const suggestionOnly = arrayLiteral(entries.map((e) => String(e.suggestionOnly ?? false)));
      const result = await db.execute(sql`insert into ${sectionUpdates} (section_id, update, user_id, suggestion_only)
        select ${sectionId}::uuid, decode(row.hex, 'hex'), row.user_id, row.suggestion_only
        from unnest(${updates}::text[], ${writers}::uuid[], ${suggestionOnly}::boolean[]) with ordinality as row(hex, user_id, suggestion_only, n)
        order by row.n
        returning id`);
      return rowsOf<{ id: number | string }>(result).map((r) => Number(r.id));
    },

    async compact(sectionId, loaded) {
      let total = 0;
      for (;;) {
        const compacted = await db.transaction((tx) => compactBatchOnce(tx, sectionId, loaded));
        total += compacted;
        if (compacted < compactBatch) return total;
      }
    },

    async saveCitationOrder(sectionId, ids) {
      await db.update(sections).set({ citationOrder: ids }).where(eq(sections.id, sectionId));
    },

    async citationOrders(profileId) {
      // The derived JSON is read only for a row whose order was never stored.
      const rows = await db
        .select({ id: sections.id, order: sections.citationOrder, json: sql<unknown>`case when ${sections.citationOrder} is null then ${sections.contentJson} end` })
        .from(sections)
        .where(eq(sections.profileId, profileId));
      return Object.fromEntries(rows.map((r) => [r.id, r.order ?? citationIds(r.json)]));
    },
  };
}
