import { formatDate } from "@/lib/format-date";
import { countryName } from "@/lib/profiles/countries";
import { countryFlagSvg } from "@/lib/profiles/country-flag-svg";
import type { VersionSummary } from "@/lib/versions/queries";
import { html, raw } from "./html";
import { pageShell } from "./page-shell";

/** Every version of a profile with its changelog note (and an admin's reason for publishing over the citation policy), and links to compare neighbours. */
export function renderHistoryPage(iso: string, versions: VersionSummary[]): string {
  const code = iso.toLowerCase();
  const country = countryName(iso);
  const body = html`<p class="meta"><a href="/profiles">Profiles</a> › <a href="/profiles/${code}">${country}</a></p>
<h1>${raw(countryFlagSvg(iso, { height: 24 }))} ${country}: history</h1>
<table><thead><tr><th scope="col">Version</th><th scope="col">Published</th><th scope="col">Changes</th><th scope="col">Compare</th></tr></thead><tbody>${versions.map(
    (v) =>
      html`<tr><td><a href="/profiles/${code}/v/${v.number}">Version ${v.number}</a></td><td>${formatDate(v.publishedAt)}${v.publishedBy ? html`<br><span class="small">by ${v.publishedBy}</span>` : ""}</td><td>${v.changelog}${v.overrideReason ? html`<br><span class="small" data-override>Published over the citation policy: ${v.overrideReason}</span>` : ""}</td><td>${v.number > 1 ? html`<a href="/profiles/${code}/compare/${v.number - 1}...${v.number}">with version ${v.number - 1}</a>` : "—"}</td></tr>`,
  )}</tbody></table>
<form class="box search noprint" method="get" action="/profiles/${code}/compare"><label>Compare version <input name="a" type="number" min="1" required value="1"></label><label>with <input name="b" type="number" min="1" required value="${versions[0]?.number ?? 1}"></label><button type="submit">Compare</button></form>`;
  return pageShell({ title: `${country} — history`, body });
}
