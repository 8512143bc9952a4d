import { formatDate } from "@/lib/format-date";
import type { PublishedProfile } from "@/lib/versions/queries";
import { countryFlagSvg } from "@/lib/profiles/country-flag-svg";
import { html, raw } from "./html";
import { pageShell } from "./page-shell";

/** The index of published profiles: flag, country, last updated, version. */
export function renderIndexPage(list: PublishedProfile[]): string {
  const body = html`<h1>Country profiles</h1>
${
  list.length === 0
    ? html`<p class="box">No profile has been published yet.</p>`
    : html`<table><caption class="small">Published profiles</caption><thead><tr><th scope="col">Country</th><th scope="col">Last updated</th><th scope="col">Version</th></tr></thead><tbody>${list.map(
        (p) => html`<tr><td>${raw(countryFlagSvg(p.iso))} <a href="/profiles/${p.iso.toLowerCase()}">${p.country}</a></td><td>${formatDate(p.lastUpdated)}</td><td>${p.version}</td></tr>`,
      )}</tbody></table>`
}`;
  return pageShell({ title: "Country profiles", body });
}
