import { footnoteCursor } from "@/lib/citations/number-reading-order";
import type { Segment } from "@/lib/citations/types";
import { formatDate } from "@/lib/format-date";
import { countryFlagSvg } from "@/lib/profiles/country-flag-svg";
import type { ManifestFootnote, PublishedVersion } from "@/lib/versions/manifest";
import { html, raw, type Raw } from "./html";
import { pageShell } from "./page-shell";
import { pilcrow, renderContent, type MarkerRef } from "./render-content";

const markerId = (f: ManifestFootnote) => `r-${f.anchor.slice(2)}`;

function noteText(segments: Segment[], anchorOf: (n: number) => string | undefined): Raw {
  return raw(
    segments
      .map((s) => {
        if (s.kind === "url" && s.href) return html`<a href="${s.href}" rel="noopener noreferrer nofollow">${s.text}</a>`.html;
        if (s.kind === "crossref" && s.note && anchorOf(s.note)) return html`<a href="#${anchorOf(s.note)!}">${s.text}</a>`.html;
        return html`${s.text}`.html;
      })
      .join(""),
  );
}

/** The permanent address of a version. */
export function versionPath(iso: string, n: number): string {
  return `/profiles/${iso.toLowerCase()}/v/${n}`;
}

/**
 * The public page of one version: sections in template order, OSCOLA notes linked both ways, a ¶ link on every
 * paragraph and note, and, when `latest` is a newer version, a notice saying this one is old.
 */
export function renderVersionPage(v: PublishedVersion, { baseUrl, latest = v.number }: { baseUrl: string; latest?: number }): string {
  const iso = v.iso.toLowerCase();
  const permanent = `${baseUrl}${versionPath(iso, v.number)}`;
  const notes = v.manifest.footnotes;
  const next = footnoteCursor(notes);
  const markerFor = (sectionId: string) => (citationId: string): MarkerRef | undefined => {
    const f = next(sectionId, citationId);
    return f ? { number: f.number, anchor: f.anchor, markerId: markerId(f) } : undefined;
  };
  const anchorOf = (n: number) => notes[n - 1]?.anchor;
  const updated = formatDate(v.publishedAt);
  const sections = v.manifest.sections.map((s) => {
    const H = s.depth === 0 ? "h2" : "h3";
    return html`<section class="content" id="${s.anchor}" aria-labelledby="${s.anchor}-t">${raw(`<${H} id="${s.anchor}-t" class="d${Math.min(s.depth, 1)}">`)}${s.title}${raw(`</${H}>`)}${renderContent(s.content, markerFor(s.id), { paragraphLinks: true })}</section>`;
  });
  const exports = `/profiles/${iso}/v/${v.number}/export`;
  const body = html`<article>
<p class="meta noprint"><a href="/profiles">Profiles</a> › ${v.country}</p>
<h1>${raw(countryFlagSvg(v.iso, { height: 24 }))} ${v.country}</h1>
${latest > v.number ? html`<p class="box notice old-version" role="note">This is version ${v.number} of ${latest}, published <time datetime="${v.publishedAt.toISOString()}">${updated}</time>; it is not the newest. <a href="/profiles/${iso}">Read the latest version</a>.</p>` : ""}
<p class="meta">Last updated: <time datetime="${v.publishedAt.toISOString()}">${updated}</time> · Version ${v.number} · <a href="/profiles/${iso}/history">History</a>${v.number > 1 ? html` · <a href="/profiles/${iso}/compare/${v.number - 1}...${v.number}">Changes from version ${v.number - 1}</a>` : ""}</p>
<details class="box cite"><summary>Cite this page</summary>
<p>${v.country}: country profile (Folio, version ${v.number}, ${updated}) &lt;<code class="url">${permanent}</code>&gt;</p>
<p class="small">Permanent address of this version: <a href="${versionPath(iso, v.number)}">${permanent}</a>. Every paragraph and note has its own anchor; links to them keep working in later versions.</p>
</details>
<p class="small noprint">Download: <a href="${exports}/markdown">Markdown</a> · <a href="/api/v1/profiles/${iso}/versions/${v.number}">JSON</a> · <a href="${exports}/csl-json">CSL-JSON</a> · <a href="${exports}/bibtex">BibTeX</a> · <a href="${exports}/ris">RIS</a> · <a href="${exports}/docx">Word</a></p>
<nav class="box toc" aria-label="Contents"><strong>Contents</strong><ol>${v.manifest.sections.map((s) => html`<li class="d${Math.min(s.depth, 1)}"><a href="#${s.anchor}">${s.title}</a></li>`)}<li><a href="#notes">Notes</a></li></ol></nav>
${sections}
${v.manifest.omitted.length > 0 ? html`<p class="box notice small">Not yet published: ${v.manifest.omitted.map((o) => o.title).join(", ")}.</p>` : ""}
<section id="notes" aria-labelledby="notes-t"><h2 id="notes-t">Notes</h2>
${notes.length === 0 ? html`<p class="small">No notes.</p>` : html`<ol class="notes">${notes.map((f) => html`<li id="${f.anchor}"><span id="fn-${f.number}"></span>${f.segments.length ? noteText(f.segments, anchorOf) : html`<em>Citation missing.</em>`}<a class="back" href="#${markerId(f)}" aria-label="Back to note ${f.number} in the text">↩</a>${pilcrow(f.anchor, `Link to note ${f.number}`)}</li>`)}</ol>`}
</section>
</article>`;
  return pageShell({ title: `${v.country} — version ${v.number}`, body, canonical: permanent });
}
