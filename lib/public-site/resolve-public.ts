import { createHash } from "node:crypto";
import type { Database } from "@/lib/db/client";
import { exportBibliography } from "@/lib/export/bibliography/export-bibliography";
import { buildDocx } from "@/lib/export/docx/build-docx";
import { versionToWord } from "@/lib/export/docx/version-to-word";
import { isCountryCode } from "@/lib/profiles/countries";
import { diffVersions } from "@/lib/versions/diff-versions";
import { loadVersion } from "@/lib/versions/load-version";
import { listPublishedProfiles, listVersions } from "@/lib/versions/queries";
import { toApiJson } from "@/lib/versions/to-api-json";
import { toMarkdown } from "@/lib/versions/to-markdown";
import { publishDate } from "@/lib/versions/publish-date";
import { searchPublished } from "@/lib/search/search-published";
import { isAppError } from "@/lib/errors";
import { html } from "./html";
import { openApiDocument } from "./openapi";
import { pageShell } from "./page-shell";
import { services } from "@/lib/server/services";
import { publicCss, publicCssPath } from "./public-css";
import { IMMUTABLE, makeEntry, REVALIDATE, withCacheControl, type PublicEntry } from "./public-entry";
import { renderComparePage } from "./render-compare-page";
import { renderHistoryPage } from "./render-history-page";
import { renderIndexPage } from "./render-index-page";
import { renderSearchPage } from "./render-search-page";
import { renderVersionPage, versionPath } from "./render-version-page";
import { publicUrl } from "@/lib/env";

const json = (value: unknown, cacheControl: string, etag?: string, status = 200) => makeEntry({ kind: "json", body: JSON.stringify(value), cacheControl, etag, status });
const notFoundPage = (message: string) => makeEntry({ kind: "html", status: 404, cacheControl: "no-store", body: pageShell({ title: "Not found", body: html`<h1>Not found</h1><p>${message}</p><p><a href="/profiles">All published profiles</a></p>` }) });
const notFoundJson = (message: string) => json({ error: message }, "no-store", undefined, 404);
const redirect = (location: string) => ({ ...makeEntry({ kind: "text", status: 302, cacheControl: "no-store", body: `See ${location}` }), headers: { location, "cache-control": "no-store" } });

const baseUrl = () => publicUrl();
const exportKinds = { markdown: "md", "csl-json": "json", bibtex: "bib", ris: "ris", docx: "docx" } as const;

/** Paths this module answers (everything else goes to Next). */
export function isPublicPath(pathname: string): boolean {
  return pathname === "/profiles" || pathname.startsWith("/profiles/") || pathname.startsWith("/api/v1/") || pathname.startsWith("/public-assets/");
}

/**
 * A version's page. Its content never changes, but an older version says so ("This is version 1 of 3"), so the page
 * is revalidated (ETag: the content hash with the newest number) and kept until the next publish.
 */
async function versionPage(db: Database, iso: string, n: number): Promise<PublicEntry | null> {
  const path = versionPath(iso, n);
  const cache = services().publicCache;
  const hit = cache.get(path);
  if (hit) return hit;
  const generation = cache.generation;
  const [v, latest] = await Promise.all([loadVersion(db, { iso, number: n }), newestNumber(db, iso)]);
  if (!v) return null;
  const etag = createHash("sha256").update(`${v.contentHash}:${latest ?? v.number}`).digest("hex");
  const entry = makeEntry({ kind: "html", body: renderVersionPage(v, { baseUrl: baseUrl(), latest: latest ?? v.number }), cacheControl: REVALIDATE, etag });
  cache.setCurrent(path, entry, generation);
  return entry;
}

async function versionEntry(db: Database, iso: string, n: number, kind: "api" | keyof typeof exportKinds): Promise<PublicEntry | null> {
  const path = kind === "api" ? `/api/v1/profiles/${iso}/versions/${n}` : `${versionPath(iso, n)}/export/${kind}`;
  const cache = services().publicCache;
  const hit = cache.get(path);
  if (hit) return hit;
  const v = await loadVersion(db, { iso, number: n });
  if (!v) return null;
  let entry: PublicEntry;
  if (kind === "api") entry = json(toApiJson(v), IMMUTABLE, v.contentHash);
  else {
    const filename = `${v.iso.toLowerCase()}-v${v.number}.${exportKinds[kind]}`;
    const permanentUrl = `${baseUrl()}${versionPath(iso, n)}`;
    const body = kind === "markdown" ? toMarkdown(v, { permanentUrl }) : kind === "docx" ? await buildDocx(versionToWord(v, { permanentUrl })) : exportBibliography(v, kind);
    entry = makeEntry({ kind, body, cacheControl: IMMUTABLE, etag: `${v.contentHash}-${exportKinds[kind]}`, filename });
  }
  cache.setImmutable(path, entry);
  return entry;
}

async function newestNumber(db: Database, iso: string): Promise<number | null> {
  return (await listVersions(db, iso))[0]?.number ?? null;
}

async function current(path: string, build: () => Promise<PublicEntry>): Promise<PublicEntry> {
  const cache = services().publicCache;
  const generation = cache.generation;
  const entry = await build();
  if (entry.status === 200) cache.setCurrent(path, entry, generation);
  return entry;
}

async function resolveProfiles(db: Database, parts: string[], search: URLSearchParams): Promise<PublicEntry> {
  if (parts.length === 0) return current("/profiles", async () => makeEntry({ kind: "html", body: renderIndexPage(await listPublishedProfiles(db)), cacheControl: REVALIDATE }));
  const [code, sub, arg, exp, format] = parts;
  if (code === "search" && parts.length === 1) return searchEntry(db, search, "html");
  if (!code || !isCountryCode(code)) return notFoundPage("There is no such country profile.");
  const iso = code.toLowerCase();
  const missing = () => notFoundPage(`No published version of this profile (${iso.toUpperCase()}).`);
  if (sub === undefined) {
    return current(`/profiles/${iso}`, async () => {
      const n = await newestNumber(db, iso);
      const entry = n === null ? null : await versionPage(db, iso, n);
      return entry ?? missing();
    });
  }
  if (sub === "history" && parts.length === 2) {
    return current(`/profiles/${iso}/history`, async () => {
      const versions = await listVersions(db, iso);
      return versions.length ? makeEntry({ kind: "html", body: renderHistoryPage(iso, versions), cacheControl: REVALIDATE }) : missing();
    });
  }
  if (sub === "v" && arg && /^[1-9]\d{0,6}$/.test(arg)) {
    if (parts.length === 3) return (await versionPage(db, iso, Number(arg))) ?? missing();
    if (exp === "export" && format && format in exportKinds && parts.length === 5) return (await versionEntry(db, iso, Number(arg), format as keyof typeof exportKinds)) ?? missing();
  }
  if (sub === "compare" && parts.length === 2) {
    const a = Number(search.get("a"));
    const b = Number(search.get("b"));
    if (Number.isInteger(a) && Number.isInteger(b) && a > 0 && b > 0) return redirect(`/profiles/${iso}/compare/${a}...${b}`);
  }
  const range = sub === "compare" && parts.length === 3 ? /^([1-9]\d{0,6})\.\.\.([1-9]\d{0,6})$/.exec(arg ?? "") : null;
  if (range) {
    const path = `/profiles/${iso}/compare/${range[1]}...${range[2]}`;
    const hit = services().publicCache.get(path);
    if (hit) return hit;
    const [va, vb] = await Promise.all([loadVersion(db, { iso, number: Number(range[1]) }), loadVersion(db, { iso, number: Number(range[2]) })]);
    if (!va || !vb) return missing();
    const entry = makeEntry({ kind: "html", body: renderComparePage(va, vb, diffVersions(va.manifest, vb.manifest)), cacheControl: IMMUTABLE, etag: `${va.contentHash.slice(0, 32)}-${vb.contentHash.slice(0, 32)}` });
    services().publicCache.setImmutable(path, entry);
    return entry;
  }
  return notFoundPage("There is no such page.");
}

/** Search results change with every publish and every query: never stored, never cached. */
async function searchEntry(db: Database, search: URLSearchParams, kind: "html" | "api"): Promise<PublicEntry> {
  const q = search.get("q");
  if (kind === "html" && q === null) return makeEntry({ kind: "html", body: renderSearchPage({ q: "", hits: null }), cacheControl: "no-store" });
  try {
    const hits = await searchPublished({ db, input: { q } });
    return kind === "html" ? makeEntry({ kind: "html", body: renderSearchPage({ q: q ?? "", hits }), cacheControl: "no-store" }) : json(hits.map(({ snippetHtml, ...h }) => ({ ...h, snippet: snippetHtml })), "no-store");
  } catch (e) {
    if (!isAppError(e) || e.status !== 400) throw e;
    return kind === "html" ? makeEntry({ kind: "html", status: 400, body: renderSearchPage({ q: q ?? "", hits: null, error: e.message }), cacheControl: "no-store" }) : json({ error: e.message, field: e.field }, "no-store", undefined, 400);
  }
}

async function resolveApi(db: Database, parts: string[], search: URLSearchParams): Promise<PublicEntry> {
  if (parts.length === 1 && parts[0] === "openapi.json") return json(openApiDocument, "public, max-age=3600");
  if (parts.length === 1 && parts[0] === "search") return searchEntry(db, search, "api");
  if (parts[0] !== "profiles") return notFoundJson("Unknown API path.");
  if (parts.length === 1) {
    return current("/api/v1/profiles", async () => json((await listPublishedProfiles(db)).map((p) => ({ iso: p.iso, country: p.country, version: p.version, lastUpdated: publishDate(p.lastUpdated) })), REVALIDATE));
  }
  const code = parts[1]!;
  if (!isCountryCode(code)) return notFoundJson(`Unknown country code: ${code}.`);
  const iso = code.toLowerCase();
  const missing = () => notFoundJson(`No published version of profile ${iso.toUpperCase()}.`);
  if (parts.length === 2) {
    return current(`/api/v1/profiles/${iso}`, async () => {
      const n = await newestNumber(db, iso);
      const entry = n === null ? null : await versionEntry(db, iso, n, "api");
      return entry ? withCacheControl(entry, REVALIDATE) : missing();
    });
  }
  if (parts.length === 4 && parts[2] === "versions" && /^[1-9]\d{0,6}$/.test(parts[3]!)) return (await versionEntry(db, iso, Number(parts[3]), "api")) ?? missing();
  return notFoundJson("Unknown API path.");
}

/**
 * The public response for a path: from this process's cache when it has it (synchronously), else
 * rendered once from the stored version and kept. Null for paths that are not public pages.
 */
export function resolvePublic(db: () => Database, url: URL): PublicEntry | Promise<PublicEntry> | null {
  const { pathname } = url;
  if (!isPublicPath(pathname)) return null;
  const path = pathname.replace(/\/+$/, "") || "/";
  const hit = url.search === "" ? services().publicCache.get(path.toLowerCase()) : undefined;
  if (hit) return hit;
  if (pathname.startsWith("/public-assets/")) {
    if (pathname !== publicCssPath) return notFoundPage("There is no such file.");
    const css = makeEntry({ kind: "css", body: publicCss, cacheControl: IMMUTABLE });
    services().publicCache.setImmutable(pathname, css);
    return css;
  }
  let parts: string[];
  try {
    parts = path.split("/").filter(Boolean).map((p) => decodeURIComponent(p));
  } catch {
    return notFoundPage("There is no such page.");
  }
  if (parts[0] === "api") return resolveApi(db(), parts.slice(2), url.searchParams);
  return resolveProfiles(db(), parts.slice(1), url.searchParams);
}
