import { and, eq, gt, inArray, isNotNull, like } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema/auth";
import { citations, citationSources, reverifications } from "@/lib/db/schema/citations";
import { revisions } from "@/lib/db/schema/review";

/**
 * Everyone who, after `since` (the last approved revision: its number and when it was frozen), put footnotes or
 * content into a section other than by typing: who created a citation row now in the document, edited a
 * citation (`citation.edit`), re-verified one of its sources, wrote a baseline (an import or the seed), or made a
 * suggestion someone accepted (`suggestion.accept`: the text is the suggester's writing, whoever accepted it).
 * Typing is counted from the update log by the caller. Four-eyes counts all of them as authors.
 */
export async function nonTypingAuthors(db: Executor, { sectionId, citationIds, since }: { sectionId: string; citationIds: string[]; since: { number: number; at: Date } | null }): Promise<Set<string>> {
  const out = new Set<string>();
  const baselines = await db
    .select({ authors: revisions.authors })
    .from(revisions)
    .where(and(eq(revisions.sectionId, sectionId), eq(revisions.kind, "baseline"), since ? gt(revisions.number, since.number) : undefined));
  for (const b of baselines) for (const a of b.authors) out.add(a);
  const after = (column: AnyPgColumn) => (since ? gt(column, since.at) : undefined);
  if (citationIds.length > 0) {
    const created = await db
      .select({ by: citations.createdBy })
      .from(citations)
      .where(and(eq(citations.sectionId, sectionId), inArray(citations.id, citationIds), isNotNull(citations.createdBy), after(citations.createdAt)));
    for (const c of created) out.add(c.by!);
    const checked = await db
      .select({ by: reverifications.userId })
      .from(reverifications)
      .innerJoin(citationSources, eq(citationSources.id, reverifications.citationSourceId))
      .where(and(inArray(citationSources.citationId, citationIds), isNotNull(reverifications.userId), after(reverifications.at)));
    for (const c of checked) out.add(c.by!);
  }
  const edited = await db
    .select({ by: auditLog.actorId })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "section"), eq(auditLog.subjectId, sectionId), eq(auditLog.action, "citation.edit"), isNotNull(auditLog.actorId), after(auditLog.at)));
  for (const e of edited) out.add(e.by!);
  const accepted = await db
    .select({ data: auditLog.data })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "suggestion"), eq(auditLog.action, "suggestion.accept"), like(auditLog.subjectId, `${sectionId}.%`), after(auditLog.at)));
  for (const a of accepted) {
    const by = suggesterOf(a.data);
    if (by) out.add(by);
  }
  return out;
}

/** The suggester recorded in a `suggestion.accept` audit row's data. */
function suggesterOf(data: string | null): string | null {
  try {
    const parsed = JSON.parse(data ?? "null") as { suggestedBy?: { id?: unknown } } | null;
    return typeof parsed?.suggestedBy?.id === "string" ? parsed.suggestedBy.id : null;
  } catch {
    return null;
  }
}
