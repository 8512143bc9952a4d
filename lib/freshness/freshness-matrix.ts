import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { countryName } from "@/lib/profiles/countries";
import { freshnessTone, monthsSince, type FreshnessTone } from "./freshness-tone";
import { rowsOf } from "@/lib/db/rows-of";
import { liveCitations } from "./live-citations";

export interface FreshnessCell {
  citations: number;
  oldest: string | null;
  median: string | null;
  oldestMonths: number | null;
  medianMonths: number | null;
  tone: FreshnessTone;
  failing: number;
  dead: number;
  missingAccess: number;
  missingArchive: number;
}

export interface FreshnessMatrix {
  columns: { key: string; title: string }[];
  rows: { countryCode: string; country: string; cells: Record<string, FreshnessCell> }[];
  totals: { citations: number; stale: number; failing: number; dead: number; missingAccess: number; missingArchive: number };
}

type Row = {
  country_code: string;
  col: string;
  title: string;
  pos: number;
  citations: number;
  oldest: string | null;
  median: string | null;
  stale: number;
  failing: number;
  dead: number;
  missing_access: number;
  missing_archive: number;
};

/**
 * Countries × sections: per cell the count of cited sources, the oldest and median access date (coloured
 * against the policy by the caller's tone), failing and dead links, missing access dates and archives.
 * Sections are matched across profiles by their template section (else their title). Only citations whose marker
 * is in the section's current document count (`sections.citation_order`); a removed marker's row is history.
 */
export async function freshnessMatrix(db: Executor, { today, maxAgeMonths, staleBefore }: { today: string; maxAgeMonths: number; staleBefore: string }): Promise<FreshnessMatrix> {
  const result = await db.execute(sql`
    select p.country_code, coalesce(s.template_section_id::text, s.title) as col, min(s.title) as title, min(s.position)::int as pos,
      count(cs.id)::int as citations,
      min(cs.accessed_at)::text as oldest,
      (percentile_disc(0.5) within group (order by cs.accessed_at))::text as median,
      count(cs.id) filter (where cs.accessed_at < ${staleBefore})::int as stale,
      count(cs.id) filter (where lc.status = 'failing')::int as failing,
      count(cs.id) filter (where lc.status = 'dead')::int as dead,
      count(cs.id) filter (where cs.accessed_at is null and src.url is not null)::int as missing_access,
      count(cs.id) filter (where src.url is not null and sa.source_id is null)::int as missing_archive
    from sections s
    join profiles p on p.id = s.profile_id
    left join ${liveCitations} live on live.section_id = s.id
    left join citations c on c.section_id = live.section_id and c.id::text = live.citation_id
    left join citation_sources cs on cs.citation_id = c.id
    left join sources src on src.id = cs.source_id
    left join link_checks lc on lc.source_id = cs.source_id
    left join source_archives sa on sa.source_id = cs.source_id
    group by p.country_code, col`);
  const rows = rowsOf<Row>(result);
  const columns = new Map<string, { key: string; title: string; pos: number }>();
  const byCountry = new Map<string, Record<string, FreshnessCell>>();
  const totals = { citations: 0, stale: 0, failing: 0, dead: 0, missingAccess: 0, missingArchive: 0 };
  for (const r of rows) {
    const col = columns.get(r.col);
    if (!col || r.pos < col.pos) columns.set(r.col, { key: r.col, title: r.title, pos: Math.min(r.pos, col?.pos ?? r.pos) });
    const cells = byCountry.get(r.country_code) ?? {};
    cells[r.col] = {
      citations: r.citations,
      oldest: r.oldest,
      median: r.median,
      oldestMonths: r.oldest ? monthsSince(r.oldest, today) : null,
      medianMonths: r.median ? monthsSince(r.median, today) : null,
      tone: freshnessTone(r.oldest, today, maxAgeMonths),
      failing: r.failing,
      dead: r.dead,
      missingAccess: r.missing_access,
      missingArchive: r.missing_archive,
    };
    byCountry.set(r.country_code, cells);
    totals.citations += r.citations;
    totals.stale += r.stale;
    totals.failing += r.failing;
    totals.dead += r.dead;
    totals.missingAccess += r.missing_access;
    totals.missingArchive += r.missing_archive;
  }
  return {
    columns: [...columns.values()].sort((a, b) => a.pos - b.pos).map(({ key, title }) => ({ key, title })),
    rows: [...byCountry.entries()].map(([countryCode, cells]) => ({ countryCode, country: countryName(countryCode), cells })).sort((a, b) => a.country.localeCompare(b.country)),
    totals,
  };
}
