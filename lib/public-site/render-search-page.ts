import type { PublishedHit } from "@/lib/search/search-published";
import { html, raw } from "./html";
import { pageShell } from "./page-shell";

/** The public search form, and its results or the reason the query was refused. */
export function renderSearchPage({ q, hits, error }: { q: string; hits: PublishedHit[] | null; error?: string }): string {
  const body = html`<h1>Search published profiles</h1>
<form class="search" role="search" method="get" action="/profiles/search"><label for="q" class="small">Search</label><input id="q" name="q" type="search" value="${q}" maxlength="200" required><button type="submit">Search</button></form>
${error ? html`<p class="box notice" role="alert" id="q-error">${error}</p>` : ""}
${
  hits === null
    ? ""
    : hits.length === 0
      ? html`<p class="box">No published paragraph matches “${q}”.</p>`
      : html`<p class="small">${hits.length} paragraph${hits.length === 1 ? "" : "s"} in the newest published versions.</p><ol class="hits">${hits.map(
          (h) => html`<li><a href="${h.href}">${h.country} — ${h.section}</a> <span class="small">version ${h.version}</span><p>${raw(h.snippetHtml)}</p></li>`,
        )}</ol>`
}`;
  return pageShell({ title: q ? `Search: ${q}` : "Search", body });
}
