import { sql } from "drizzle-orm";

/**
 * The citations whose marker is in their section's current document, as a derived table (section_id uuid,
 * citation_id text) for the matrix over every profile: each section's `citation_order` is unnested once and
 * joined by hash, rather than searched (and detoasted) again for every citation row (~20% faster on the
 * 50-country bench). A section whose order was never derived has none.
 */
export const liveCitations = sql`(select distinct s.id as section_id, o.citation_id from sections s cross join lateral unnest(s.citation_order) as o(citation_id))`;
