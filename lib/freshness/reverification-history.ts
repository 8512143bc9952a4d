import { desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { reverifications, type ReverificationResult } from "@/lib/db/schema/citations";

export interface ReverificationEntry {
  id: string;
  at: Date;
  by: string | null;
  result: ReverificationResult;
  previousAccessedAt: string | null;
  accessedAt: string;
  note: string | null;
  archiveUrl: string | null;
  replacementSourceId: string | null;
}

/** A cited source's re-verifications, newest first. */
export async function reverificationHistory(db: Executor, citationSourceId: string): Promise<ReverificationEntry[]> {
  return (await reverificationHistories(db, [citationSourceId])).get(citationSourceId) ?? [];
}

/** Re-verifications of several cited sources at once, newest first, keyed by cited source. */
export async function reverificationHistories(db: Executor, citationSourceIds: string[]): Promise<Map<string, ReverificationEntry[]>> {
  const out = new Map<string, ReverificationEntry[]>();
  if (citationSourceIds.length === 0) return out;
  const rows = await db
    .select({
      citationSourceId: reverifications.citationSourceId,
      id: reverifications.id,
      at: reverifications.at,
      by: users.name,
      result: reverifications.result,
      previousAccessedAt: reverifications.previousAccessedAt,
      accessedAt: reverifications.accessedAt,
      note: reverifications.note,
      archiveUrl: reverifications.archiveUrl,
      replacementSourceId: reverifications.replacementSourceId,
    })
    .from(reverifications)
    .leftJoin(users, eq(users.id, reverifications.userId))
    .where(inArray(reverifications.citationSourceId, citationSourceIds))
    .orderBy(desc(reverifications.at), desc(reverifications.id));
  for (const { citationSourceId, ...entry } of rows) out.set(citationSourceId, [...(out.get(citationSourceId) ?? []), entry]);
  return out;
}
