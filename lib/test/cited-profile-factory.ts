import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows-of";

export interface CitedProfileOptions {
  countryCode: string;
  sections?: number;
  /** Citations in the profile's first section (a "Civil Registration" of 500 notes). */
  bigSectionCitations?: number;
  /** Citations in each other section. */
  perSectionCitations?: number;
  /** Distinct sources cited across the profile (each citation cites one, round robin). */
  sources?: number;
}

/**
 * A realistically large profile written straight to the tables (generated text, no editor): by default 15
 * sections, 500 citations in the first and 8 in each other (612 cited sources), 400 sources with CSL, link checks
 * and archives for some, ~40 KB of stored Yjs state and derived JSON per section, and `citation_order` set as
 * the collaboration server stores it. For the freshness bench and tests; returns the profile id and counts.
 */
export async function buildCitedProfile(db: Database, { countryCode, sections = 15, bigSectionCitations = 500, perSectionCitations = 8, sources = 400 }: CitedProfileOptions) {
  return db.transaction(async (tx) => {
    const [profile] = rowsOf<{ id: string }>(await tx.execute(sql`insert into profiles (country_code) values (${countryCode}) returning id`));
    const profileId = profile!.id;
    await tx.execute(sql`
      insert into sections (profile_id, title, position, content_text, content_json, y_state)
      select ${profileId}, 'Generated section ' || g, g - 1, repeat('Generated text of a civil registration paragraph. ', 800),
        (select jsonb_build_object('type', 'doc', 'content', jsonb_agg(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', md5(p::text) || repeat(' word', 20)))))) from generate_series(1, 300) p),
        decode(repeat(md5(g::text), 2500), 'hex')
      from generate_series(1, ${sections}::int) g`);
    const tag = `${countryCode}-${Date.now().toString(36)}`;
    await tx.execute(sql`
      insert into sources (csl, title, url)
      select jsonb_build_object('type', 'webpage', 'title', 'Generated source ' || g, 'URL', 'https://example.org/' || ${tag} || '/doc/' || g, 'author', jsonb_build_array(jsonb_build_object('family', 'Author ' || g))),
        'Generated source ' || g || ' (' || ${tag} || ')', 'https://example.org/' || ${tag} || '/doc/' || g
      from generate_series(1, ${sources}::int) g`);
    await tx.execute(sql`
      insert into citations (section_id)
      select s.id from sections s, generate_series(1, ${Math.max(bigSectionCitations, perSectionCitations)}::int) g
      where s.profile_id = ${profileId} and g <= case when s.position = 0 then ${bigSectionCitations}::int else ${perSectionCitations}::int end`);
    await tx.execute(sql`
      insert into citation_sources (citation_id, source_id, accessed_at)
      select c.id, src.id, case when c.n % 31 = 0 then null else date '2026-03-01' - ((c.n * 37) % 900)::int end
      from (select c.id, row_number() over (order by c.id) as n from citations c join sections s on s.id = c.section_id where s.profile_id = ${profileId}) c
      join (select id, row_number() over (order by id) as n from sources where url like ${`https://example.org/${tag}/%`}) src on src.n = 1 + (c.n % ${sources}::int)`);
    await tx.execute(sql`update sections s set citation_order = coalesce((select array_agg(c.id::text order by c.created_at, c.id) from citations c where c.section_id = s.id), '{}') where s.profile_id = ${profileId}`);
    await tx.execute(sql`
      insert into link_checks (source_id, url, status)
      select id, url, (array['ok', 'ok', 'ok', 'ok', 'failing', 'dead'])[1 + (abs(hashtext(id::text)) % 6)] from sources where url like ${`https://example.org/${tag}/%`}`);
    await tx.execute(sql`
      insert into source_archives (source_id, archive_url, origin)
      select id, 'https://web.archive.org/web/2025/' || url, 'lookup' from sources where url like ${`https://example.org/${tag}/%`} and abs(hashtext(id::text)) % 5 < 3`);
    const citations = bigSectionCitations + (sections - 1) * perSectionCitations;
    return { profileId, sections, citations, sources };
  });
}
