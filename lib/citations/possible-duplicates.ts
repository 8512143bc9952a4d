import { and, count, eq, isNull, sql } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { citationSources, sources } from "@/lib/db/schema/citations";
import type { SourceSummary } from "./queries";
import { similarTitles, titleKey } from "./similar-titles";

/** A registry source in a group of possible duplicates, with how many footnotes cite it. */
export type DuplicateMember = SourceSummary & { citations: number };

/**
 * Groups of registry sources that look like one (near-identical titles, `similarTitles`; same URL or DOI cannot
 * both be in the registry), each ordered most cited first: the one a merge would keep. Largest groups first.
 * @throws ForbiddenError unless the actor may read drafts
 */
export async function possibleDuplicates(actor: Actor, db: Executor, limit = 100): Promise<DuplicateMember[][]> {
  authorize(actor, "profile.readDraft");
  const rows = await db
    .select({ id: sources.id, title: sources.title, url: sources.url, type: sources.type, publisher: sql<string | null>`${sources.csl}->>'publisher'`, citations: count(citationSources.id) })
    .from(sources)
    .leftJoin(citationSources, eq(citationSources.sourceId, sources.id))
    .where(and(isNull(sources.mergedInto)))
    .groupBy(sources.id);
  // Near-identical keys differ in length by at most two: compare each title only with those close in length.
  const list = rows.map((r) => ({ ...r, citations: Number(r.citations), key: titleKey(r.title) })).sort((a, b) => a.key.length - b.key.length);
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length && list[j]!.key.length - list[i]!.key.length <= 2; j++) {
      if (similarTitles(list[i]!.title, list[j]!.title)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, DuplicateMember[]>();
  list.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), { id: r.id, title: r.title, url: r.url, type: r.type, publisher: r.publisher, citations: r.citations }]);
  });
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort((a, b) => b.citations - a.citations || a.title.localeCompare(b.title)))
    .sort((a, b) => b.length - a.length || a[0]!.title.localeCompare(b[0]!.title))
    .slice(0, limit);
}
