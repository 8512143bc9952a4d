import { countryFlagSvg } from "@/lib/profiles/country-flag-svg";
import type { TextPart } from "@/lib/versions/diff-text";
import type { VersionDiff } from "@/lib/versions/diff-versions";
import type { PublishedVersion } from "@/lib/versions/manifest";
import { html, raw, type Raw } from "./html";
import { pageShell } from "./page-shell";

function parts(list: TextPart[]): Raw {
  return raw(list.map((p) => (p.op === "ins" ? html`<ins>${p.text}</ins>` : p.op === "del" ? html`<del>${p.text}</del>` : html`${p.text}`).html).join(""));
}

const label = { added: "Added", removed: "Removed", changed: "Changed", same: "Unchanged" } as const;

/** A redline of two versions: changed paragraphs with insertions and deletions, then changed notes. */
export function renderComparePage(a: PublishedVersion, b: PublishedVersion, diff: VersionDiff): string {
  const iso = b.iso.toLowerCase();
  const changed = diff.sections.filter((s) => s.status !== "same");
  const body = html`<p class="meta"><a href="/profiles">Profiles</a> › <a href="/profiles/${iso}">${b.country}</a> › <a href="/profiles/${iso}/history">History</a></p>
<h1>${raw(countryFlagSvg(b.iso, { height: 24 }))} ${b.country}: version ${a.number} → version ${b.number}</h1>
<p class="meta"><a href="/profiles/${iso}/v/${a.number}">Version ${a.number}</a> (${a.changelog}) compared with <a href="/profiles/${iso}/v/${b.number}">version ${b.number}</a> (${b.changelog}).</p>
${changed.length === 0 ? html`<p class="box">The text is the same in both versions.</p>` : ""}
${changed.map(
  (s) => html`<section class="box ${s.status}" aria-label="${s.title}"><h2>${s.title} <span class="small">${label[s.status]}</span></h2>${s.blocks
    .filter((x) => x.kind !== "same")
    .map((x) => html`<p class="${x.kind}" data-kind="${x.kind}"><a class="small" href="/profiles/${iso}/v/${x.kind === "removed" ? a.number : b.number}#${x.anchor}">¶</a> ${parts(x.parts)}</p>`)}</section>`,
)}
<section aria-labelledby="notes-t"><h2 id="notes-t">Notes</h2>
${
  diff.footnotes.length === 0
    ? html`<p class="small">No note changed.</p>`
    : html`<table><thead><tr><th scope="col">Note</th><th scope="col">Change</th><th scope="col">Note text (version ${b.number})</th></tr></thead><tbody>${diff.footnotes.map(
        (f) => html`<tr class="${f.kind}"><td>${f.numberA ?? "—"} → ${f.numberB ?? "—"}</td><td>${f.kind === "changed" ? f.changes.join("; ") : label[f.kind]}</td><td>${f.kind === "removed" ? html`<del>${f.text}</del>` : f.text}</td></tr>`,
      )}</tbody></table>`
}
</section>`;
  return pageShell({ title: `${b.country}: version ${a.number} → ${b.number}`, body });
}
