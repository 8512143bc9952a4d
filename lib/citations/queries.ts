import { and, asc, eq, gt, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { citations, citationSources, sources } from "@/lib/db/schema/citations";
import { linkChecks, sourceArchives } from "@/lib/db/schema/links";
import { sections } from "@/lib/db/schema/profiles";
import { cslItemSchema } from "./csl-item";
import { cslToSource } from "./csl-to-source";
import { splitOwnCitations } from "./own-citations";
import { stripForbiddenCharacters } from "@/lib/validation/forbidden-characters";
import type { NoteItem } from "./types";

export interface SourceSummary {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  type: string;
}

/** Registry sources whose title, URL or publisher contains the query (all when empty), newest first. @throws ForbiddenError unless the actor may read drafts */
export async function searchSources(actor: Actor, db: Executor, query: string, limit = 20): Promise<SourceSummary[]> {
  authorize(actor, "profile.readDraft");
  // Search text from a URL may hold characters no stored text can (NUL, broken surrogates): they match nothing.
  const q = stripForbiddenCharacters(query).trim().slice(0, 200);
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select({ id: sources.id, title: sources.title, url: sources.url, csl: sources.csl, type: sources.type })
    .from(sources)
    .where(and(isNull(sources.mergedInto), q ? or(ilike(sources.title, pattern), ilike(sources.url, pattern), ilike(sql`${sources.csl}->>'publisher'`, pattern)) : undefined))
    .orderBy(asc(sources.title))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, title: r.title, url: r.url, type: r.type, publisher: typeof r.csl.publisher === "string" ? r.csl.publisher : null }));
}

/** The formatter's items for each citation id (keyed by registry id, so equal keys mean one source). */
export async function citationItems(actor: Actor, db: Executor, citationIds: string[]): Promise<Map<string, NoteItem[]>> {
  authorize(actor, "profile.readDraft");
  const out = new Map<string, NoteItem[]>();
  if (citationIds.length === 0) return out;
  const rows = await db
    .select({ citationId: citationSources.citationId, sourceId: sources.id, csl: sources.csl, title: sources.title, url: sources.url, translation: sources.titleTranslation, accessed: citationSources.accessedAt, pinpoint: citationSources.pinpoint, linkStatus: linkChecks.status, archiveUrl: sourceArchives.archiveUrl })
    .from(citationSources)
    .innerJoin(sources, eq(sources.id, citationSources.sourceId))
    .leftJoin(linkChecks, eq(linkChecks.sourceId, sources.id))
    .leftJoin(sourceArchives, eq(sourceArchives.sourceId, sources.id))
    .where(inArray(citationSources.citationId, citationIds))
    .orderBy(asc(citationSources.citationId), asc(citationSources.position));
  for (const r of rows) {
    const parsed = cslItemSchema.safeParse(r.csl);
    const base = parsed.success ? cslToSource(parsed.data, r.sourceId) : { key: r.sourceId, title: r.title };
    const item: NoteItem = { source: { ...base, key: r.sourceId, title: r.title, url: r.url, titleTranslation: r.translation }, accessed: r.accessed, pinpoint: r.pinpoint, archiveUrl: r.linkStatus === "dead" ? r.archiveUrl : null };
    out.set(r.citationId, [...(out.get(r.citationId) ?? []), item]);
  }
  return out;
}

/**
 * The formatter's items for the citation ids that belong to the profile, and the ids that don't (a marker pasted
 * from another profile): the editor numbers only the former and its citation check reports the latter.
 */
export async function citationItemsInProfile(actor: Actor, db: Executor, profileId: string, citationIds: string[]): Promise<{ items: Map<string, NoteItem[]>; foreign: string[] }> {
  const own = await profileCitationIds(actor, db, profileId, citationIds);
  const { own: ownIds, foreign } = splitOwnCitations(citationIds.map((citationId) => ({ citationId })), own);
  const items = await citationItems(actor, db, ownIds.map((o) => o.citationId));
  return { items, foreign: foreign.map((f) => f.citationId) };
}

/** How many citations one page of {@link citationItemsOfProfile} holds at most. */
export const PROFILE_CITATIONS_PAGE_MAX = 2000;

/**
 * One page of the formatter's items for every citation recorded for the profile's sections (in citation id
 * order, after the id `after`), and the cursor of the next page (null on the last). A citation without sources
 * comes back with `[]`. The editor reads its profile this way: the ids never travel in a URL.
 */
export async function citationItemsOfProfile(
  actor: Actor,
  db: Executor,
  profileId: string,
  { after, limit }: { after?: string; limit: number },
): Promise<{ items: Map<string, NoteItem[]>; next: string | null }> {
  authorize(actor, "profile.readDraft");
  const size = Math.min(Math.max(1, limit), PROFILE_CITATIONS_PAGE_MAX);
  const rows = await db
    .select({ id: citations.id })
    .from(citations)
    .innerJoin(sections, eq(sections.id, citations.sectionId))
    .where(and(eq(sections.profileId, profileId), after ? gt(citations.id, after) : undefined))
    .orderBy(asc(citations.id))
    .limit(size + 1);
  const page = rows.slice(0, size).map((r) => r.id);
  const found = await citationItems(actor, db, page);
  const items = new Map(page.map((id) => [id, found.get(id) ?? []]));
  return { items, next: rows.length > size ? page.at(-1)! : null };
}

/**
 * The citation ids recorded for a profile's sections (to check a citation node belongs to the profile): all of
 * them, or those among `among` (what a caller is about to number).
 */
export async function profileCitationIds(actor: Actor, db: Executor, profileId: string, among?: string[]): Promise<Set<string>> {
  authorize(actor, "profile.readDraft");
  if (among?.length === 0) return new Set();
  const ofProfile = eq(sections.profileId, profileId);
  const rows = await db
    .select({ id: citations.id })
    .from(citations)
    .innerJoin(sections, eq(sections.id, citations.sectionId))
    .where(among ? and(ofProfile, inArray(citations.id, [...new Set(among)])) : ofProfile);
  return new Set(rows.map((r) => r.id));
}
