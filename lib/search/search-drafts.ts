import { sql } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows-of";
import { blockIdAttribute } from "@/lib/editor/block-id";
import { countryName } from "@/lib/profiles/countries";
import { HEADLINE_OPTIONS, HIGHLIGHT_START, HIGHLIGHT_STOP, parseSearchQuery } from "./search-query";
import { snippetHtml } from "./snippet-html";

/** A draft section that matches, opened at the section in the workspace. */
export interface DraftHit {
  iso: string;
  country: string;
  section: string;
  href: string;
  snippetHtml: string;
}

/** A registry source that matches, opened in the source registry. */
export interface SourceHit {
  id: string;
  title: string;
  url: string | null;
  href: string;
  snippetHtml: string;
}

const LIMIT = 30;

type Block = { type?: string; text?: string; attrs?: Record<string, unknown>; content?: Block[] };

const textOf = (node: Block): string => node.text ?? (node.content ?? []).map(textOf).join("");

/** The id of the first paragraph or heading of a section's document whose text contains `words` (any case). */
export function blockContaining(doc: unknown, words: string): string | null {
  const wanted = words.toLowerCase();
  const visit = (node: Block): string | null => {
    const id = node.attrs?.[blockIdAttribute];
    if ((node.type === "paragraph" || node.type === "heading") && typeof id === "string" && textOf(node).toLowerCase().includes(wanted)) return id;
    for (const child of node.content ?? []) {
      const found = visit(child);
      if (found) return found;
    }
    return null;
  };
  return wanted ? visit((doc ?? {}) as Block) : null;
}

/** A link that opens the section's editor at the paragraph holding the first matched words (`#p-<block id>`). */
function draftHref(iso: string, sectionId: string, snippet: string, doc: unknown): string {
  const first = snippet.split(HIGHLIGHT_START)[1]?.split(HIGHLIGHT_STOP)[0]?.trim() ?? "";
  const block = blockContaining(doc, first);
  return `/countries/${iso}/sections/${sectionId}${block ? `#p-${block}` : ""}`;
}

/**
 * Full-text search of the working drafts (every section's current text; a hit opens the section and
 * scrolls to the matched words) and the source registry, for signed-in users who may read drafts.
 * @throws ForbiddenError for public readers; AppError naming `q` for a bad query
 */
export async function searchDrafts({ actor, db, input }: { actor: Actor; db: Executor; input: unknown }): Promise<{ drafts: DraftHit[]; sources: SourceHit[] }> {
  authorize(actor, "profile.readDraft");
  const q = parseSearchQuery(input);
  const drafts = rowsOf<{ iso: string; id: string; section: string; snippet: string; doc: unknown }>(await db.execute(sql`
    select p.country_code as iso, s.id, s.title as section, s.content_json as doc, ts_headline('english', s.content_text, query, ${HEADLINE_OPTIONS}) as snippet
    from sections s join profiles p on p.id = s.profile_id, websearch_to_tsquery('english', ${q}) query,
      lateral to_tsvector('english', s.title || ' ' || s.content_text) doc
    where doc @@ query and p.archived_at is null
    order by ts_rank(doc, query) desc, p.country_code, s.position
    limit ${LIMIT}`));
  // Sources match on their words (title, translation, publisher, container, URL) or, as the registry's own search
  // does, on the query as a substring of the title, URL or publisher ("yomiuri.co.jp" is inside "www.yomiuri.co.jp").
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const found = rowsOf<{ id: string; title: string; url: string | null; snippet: string }>(await db.execute(sql`
    select s.id, s.title, s.url, ts_headline('simple', s.title || coalesce(' — ' || (s.csl->>'publisher'), '') || ' — ' || coalesce(s.url, ''), query, ${HEADLINE_OPTIONS}) as snippet
    from sources s, websearch_to_tsquery('simple', ${q}) query
    where s.merged_into is null and (
      to_tsvector('simple', s.title || ' ' || coalesce(s.title_translation, '') || ' ' || coalesce(s.csl->>'publisher', '') || ' ' || coalesce(s.csl->>'container-title', '') || ' ' || coalesce(s.url, '')) @@ query
      or s.title ilike ${pattern} or s.url ilike ${pattern} or (s.csl->>'publisher') ilike ${pattern})
    order by s.title
    limit ${LIMIT}`));
  return {
    drafts: drafts.map((r) => ({ iso: r.iso.toLowerCase(), country: countryName(r.iso), section: r.section, href: draftHref(r.iso.toLowerCase(), r.id, r.snippet, r.doc), snippetHtml: snippetHtml(r.snippet) })),
    sources: found.map((r) => ({ id: r.id, title: r.title, url: r.url, href: `/sources?q=${encodeURIComponent(r.title.slice(0, 80))}`, snippetHtml: snippetHtml(r.snippet) })),
  };
}
