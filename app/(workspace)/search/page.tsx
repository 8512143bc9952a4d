import type { Metadata } from "next";
import { SearchHitList } from "@/components/search/search-hit-list";
import { requireAbility, toActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { searchDrafts } from "@/lib/search/search-drafts";
import { searchPublished } from "@/lib/search/search-published";

export const metadata: Metadata = { title: "Search" };

async function run(q: string) {
  const actor = toActor(await requireAbility("profile.readDraft"));
  try {
    const [published, found] = await Promise.all([searchPublished({ db: getDb(), input: { q } }), searchDrafts({ actor, db: getDb(), input: { q } })]);
    return { published, ...found, error: null };
  } catch (e) {
    if (isAppError(e) && e.status === 400) return { published: [], drafts: [], sources: [], error: e.message };
    throw e;
  }
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAbility("profile.readDraft");
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw : null;
  const result = q === null ? null : await run(q);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Search</h1>
      <p className="text-sm text-slate-600">Published versions, working drafts and the source registry. Use &quot;quoted phrases&quot;, or, and -word.</p>
      <form role="search" className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">Search</label>
        <input id="search-q" name="q" type="search" defaultValue={q ?? ""} maxLength={200} aria-describedby={result?.error ? "search-error" : undefined} className="w-96 rounded border border-slate-300 px-2 py-1 text-sm" />
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm">Search</button>
      </form>
      {result?.error ? (
        <p id="search-error" role="alert" className="text-sm text-red-700">{result.error}</p>
      ) : result ? (
        <>
          <SearchHitList heading="Published" empty="No published paragraph matches." hits={result.published.map((h) => ({ key: `${h.iso}-${h.anchor}`, href: h.href, title: `${h.country} — ${h.section}`, caption: `version ${h.version}`, snippetHtml: h.snippetHtml }))} />
          <SearchHitList heading="Drafts" empty="No draft section matches." hits={result.drafts.map((h) => ({ key: h.href, href: h.href, title: `${h.country} — ${h.section}`, caption: "draft", snippetHtml: h.snippetHtml }))} />
          <SearchHitList heading="Sources" empty="No source matches." hits={result.sources.map((h) => ({ key: h.id, href: h.href, title: h.title, caption: h.url ?? "", snippetHtml: h.snippetHtml }))} />
        </>
      ) : null}
    </div>
  );
}
