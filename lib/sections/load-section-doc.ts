import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Transaction } from "@/lib/db/client";
import { sections, sectionUpdates } from "@/lib/db/schema/profiles";
import type { SectionStatus } from "@/lib/review/status";

/** A section's document as the database holds it, with what identifies its stored form. */
export interface SectionDoc {
  /** The snapshot with every logged update replayed; the caller destroys it. */
  doc: Y.Doc;
  profileId: string;
  status: SectionStatus;
  /** md5 of the stored snapshot (compaction compares it with the row to see whether another instance wrote). */
  stateHash: string;
  /**
   * The log rows replayed, oldest first, with who wrote each (null for server-side or relayed changes) and whether
   * the row only suggested (open suggestions are not writing: see lib/collab/changes-real-content.ts).
   */
  log: { id: number; userId: string | null; suggestionOnly: boolean }[];
}

const md5 = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("hex");

/**
 * The one replay of a section's stored document: reads the snapshot (`sections.y_state`) and the update log
 * written since, in `tx`, and applies them in order to a new Y.Doc. `lock` takes the section row's lock first
 * (freezing a revision: compaction takes the same lock, so snapshot and log agree); without it, run `tx` at
 * REPEATABLE READ so a compaction committing between the two reads cannot hand back an emptied log.
 * Returns null when the section does not exist.
 * @throws Error when the section has no stored Yjs state
 */
export async function loadSectionDoc(tx: Transaction, sectionId: string, { lock = false }: { lock?: boolean } = {}): Promise<SectionDoc | null> {
  const query = tx.select({ state: sections.yState, profileId: sections.profileId, status: sections.status }).from(sections).where(eq(sections.id, sectionId));
  const [row] = await (lock ? query.for("update") : query.limit(1));
  if (!row) return null;
  if (!row.state) throw new Error(`Section ${sectionId} has no stored Yjs state.`);
  const log = await tx
    .select({ id: sectionUpdates.id, update: sectionUpdates.update, userId: sectionUpdates.userId, suggestionOnly: sectionUpdates.suggestionOnly })
    .from(sectionUpdates)
    .where(eq(sectionUpdates.sectionId, sectionId))
    .orderBy(asc(sectionUpdates.id));
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    Y.applyUpdate(doc, row.state!);
    for (const r of log) Y.applyUpdate(doc, r.update);
  });
  return { doc, profileId: row.profileId, status: row.status, stateHash: md5(row.state), log: log.map((r) => ({ id: r.id, userId: r.userId, suggestionOnly: r.suggestionOnly })) };
}
