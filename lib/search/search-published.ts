import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows-of";
import { countryName } from "@/lib/profiles/countries";
import { HEADLINE_OPTIONS, parseSearchQuery } from "./search-query";
import { snippetHtml } from "./snippet-html";

/** One paragraph of a published profile that matches: where it is, and its highlighted snippet (safe HTML). */
export interface PublishedHit {
  iso: string;
  country: string;
  version: number;
  section: string;
  anchor: string;
  /** The paragraph in the version's permanent page. */
  href: string;
  snippetHtml: string;
}

const LIMIT = 50;

/**
 * Full-text search over the newest published version of every profile (the GIN index of
 * published_paragraphs), best matches first. Published text is public (policy "profile.readPublished": anyone).
 * @throws AppError naming `q` for a bad query
 */
export async function searchPublished({ db, input }: { db: Executor; input: unknown }): Promise<PublishedHit[]> {
  const q = parseSearchQuery(input);
  const rows = rowsOf<{ iso: string; version: number; section: string; anchor: string; snippet: string }>(await db.execute(sql`
    select p.country_code as iso, v.number as version, pp.section_title as section, pp.anchor,
      ts_headline('english', pp.text, query, ${HEADLINE_OPTIONS}) as snippet
    from published_paragraphs pp
    join profile_versions v on v.id = pp.version_id
    join profiles p on p.id = pp.profile_id,
    websearch_to_tsquery('english', ${q}) query
    where to_tsvector('english', pp.text) @@ query
      and v.number = (select max(v2.number) from profile_versions v2 where v2.profile_id = pp.profile_id)
    order by ts_rank(to_tsvector('english', pp.text), query) desc, p.country_code, pp.position
    limit ${LIMIT}`));
  return rows.map((r) => {
    // `iso` is the ISO 3166-1 code in capitals, as in /api/v1/profiles; paths use it in lower case.
    return { iso: r.iso.toUpperCase(), country: countryName(r.iso), version: Number(r.version), section: r.section, anchor: r.anchor, href: `/profiles/${r.iso.toLowerCase()}/v/${r.version}#${r.anchor}`, snippetHtml: snippetHtml(r.snippet) };
  });
}
