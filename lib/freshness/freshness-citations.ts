import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import type { LinkStatus } from "@/lib/links/link-status";
import { countryName } from "@/lib/profiles/countries";
import { stripForbiddenCharacters } from "@/lib/validation/forbidden-characters";
import { rowsOf } from "@/lib/db/rows-of";

export const freshnessFilters = ["all", "stale", "failing", "dead", "missing-access", "missing-archive"] as const;
export type FreshnessFilter = (typeof freshnessFilters)[number];

export interface FreshnessCitation {
  citationSourceId: string;
  countryCode: string;
  country: string;
  sectionId: string;
  sectionTitle: string;
  sourceId: string;
  title: string;
  url: string | null;
  accessedAt: string | null;
  linkStatus: LinkStatus;
  linkReason: string | null;
  archiveUrl: string | null;
  reverifications: number;
  lastReverifiedAt: string | null;
}

type Row = {
  citation_source_id: string;
  country_code: string;
  section_id: string;
  section_title: string;
  source_id: string;
  title: string;
  url: string | null;
  accessed_at: string | null;
  link_status: LinkStatus | null;
  link_reason: string | null;
  archive_url: string | null;
  reverifications: number;
  last_reverified_at: string | null;
};

function filterSql(filter: FreshnessFilter, staleBefore: string): SQL {
  switch (filter) {
    case "all":
      return sql`true`;
    case "stale":
      return sql`cs.accessed_at < ${staleBefore}`;
    case "failing":
      return sql`lc.status = 'failing'`;
    case "dead":
      return sql`lc.status = 'dead'`;
    case "missing-access":
      return sql`cs.accessed_at is null and src.url is not null`;
    case "missing-archive":
      return sql`src.url is not null and sa.source_id is null`;
  }
}

/**
 * The cited sources behind a matrix cell (or a whole country, or everything), oldest access date first: only
 * citations whose marker is in the section's current document (a removed marker's row is kept, never counted).
 */
export async function freshnessCitations(
  db: Executor,
  { countryCode, column, filter, staleBefore, limit = 1000 }: { countryCode?: string | null; column?: string | null; filter: FreshnessFilter; staleBefore: string; limit?: number },
): Promise<FreshnessCitation[]> {
  // A column key from a URL may hold characters no key has (NUL, broken surrogates); they are never sent to the database.
  if (column) column = stripForbiddenCharacters(column);
  const result = await db.execute(sql`
    select cs.id as citation_source_id, p.country_code, s.id as section_id, s.title as section_title, src.id as source_id, src.title, src.url,
      cs.accessed_at::text as accessed_at, lc.status as link_status, lc.reason as link_reason, sa.archive_url,
      (select count(*)::int from reverifications r where r.citation_source_id = cs.id) as reverifications,
      (select max(r.at)::text from reverifications r where r.citation_source_id = cs.id) as last_reverified_at
    from citation_sources cs
    join citations c on c.id = cs.citation_id
    join sections s on s.id = c.section_id and c.id::text = any(coalesce(s.citation_order, '{}'))
    join profiles p on p.id = s.profile_id
    join sources src on src.id = cs.source_id
    left join link_checks lc on lc.source_id = cs.source_id
    left join source_archives sa on sa.source_id = cs.source_id
    where ${countryCode ? sql`p.country_code = ${countryCode.toUpperCase()}` : sql`true`}
      and ${column ? sql`coalesce(s.template_section_id::text, s.title) = ${column}` : sql`true`}
      and ${filterSql(filter, staleBefore)}
    order by cs.accessed_at asc nulls first, p.country_code, s.position, src.title
    limit ${limit}`);
  const rows = rowsOf<Row>(result);
  return rows.map((r) => ({
    citationSourceId: r.citation_source_id,
    countryCode: r.country_code,
    country: countryName(r.country_code),
    sectionId: r.section_id,
    sectionTitle: r.section_title,
    sourceId: r.source_id,
    title: r.title,
    url: r.url,
    accessedAt: r.accessed_at,
    linkStatus: r.link_status ?? "unchecked",
    linkReason: r.link_reason,
    archiveUrl: r.archive_url,
    reverifications: r.reverifications,
    lastReverifiedAt: r.last_reverified_at,
  }));
}
