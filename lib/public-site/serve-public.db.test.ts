import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { buildApprovedRevision, buildCitation, docOf } from "@/lib/test/version-factories";
import { publishVersion } from "@/lib/versions/publish-version";
import { startEventDispatcher, type EventDispatcher } from "@/lib/events/start-event-dispatcher";
import { services } from "@/lib/server/services";
import { servePublic } from "./serve-public";

let events: EventDispatcher | undefined;
// As server.ts does: this file's "instance" forgets its newest pages when it hears a publish (lib/events/handlers.ts).
const db = testDatabaseForFile(async (handle) => {
  events = await startEventDispatcher({ handle, services: { collab: null, publicCache: services().publicCache, linkChecker: null }, log: () => {} });
});
const kind = process.env.FOLIO_TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!servePublic(req, res, db)) res.writeHead(418).end("next");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.NEXTAUTH_URL = "https://folio.example.org";
});
afterAll(async () => {
  await events?.stop();
  await new Promise<void>((r) => server.close(() => r()));
});

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe(`public site from stored bytes (${kind})`, () => {
  let editor: Awaited<ReturnType<typeof buildUser>>;
  let approve: (sectionId: string, content: Record<string, unknown>) => Promise<unknown>;
  let sectionId = "";

  beforeAll(async () => {
    editor = await buildUser(db(), { role: "editor" });
    const researcher = await buildUser(db(), { role: "researcher" });
    const profile = await buildProfile(db(), { countryCode: "JP", createdBy: editor.id });
    sectionId = profile.sections[0]!.id;
    approve = (id, content) => buildApprovedRevision(db(), { sectionId: id, content, submittedBy: researcher.id, reviewerId: editor.id });
    const cite = await buildCitation(db(), { sectionId, title: `Evil <img src=x onerror="alert(1)"> title`, url: "https://example.org/a", accessed: "2025-12-22" });
    await approve(sectionId, docOf(["Everyone gets a number.", { cite: cite.citationId }], ["<script>alert(2)</script> stays text."]));
    await publishVersion({ actor: editor.actor, db: db(), iso: "JP", input: { changelog: "First." } });
  });

  it("serves the newest version with its ETag, 304 on revalidation, a strict CSP and no script", async () => {
    const res = await get("/profiles/jp");
    expect(res.status).toBe(200);
    const html = res.body.toString();
    expect(res.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(res.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(res.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(res.headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(html).toContain("Everyone gets a number.");
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("Evil &lt;img src=x onerror=&quot;alert(1)&quot;&gt; title");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt; stays text.");
    const again = await get("/profiles/jp", { "if-none-match": res.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("serves /v/{n} revalidated (an old version gains a notice), compressed with brotli or gzip on request", async () => {
    const plain = await get("/profiles/jp/v/1");
    expect(plain.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect((await get("/profiles/jp/v/1", { "if-none-match": plain.headers.etag! })).status).toBe(304);
    const br = await get("/profiles/jp/v/1", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gz = await get("/profiles/jp/v/1", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(plain.body.toString()).toContain("https://folio.example.org/profiles/jp/v/1");
    // One strong tag per representation, and caches told the body depends on Accept-Encoding.
    const tags = [plain, br, gz].map((r) => r.headers.etag);
    expect(new Set(tags).size).toBe(3);
    for (const r of [plain, br, gz]) expect(r.headers.vary).toBe("Accept-Encoding");
    const again = await get("/profiles/jp/v/1", { "accept-encoding": "gzip", "if-none-match": gz.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.headers.vary).toBe("Accept-Encoding");
    // A tag of another representation does not validate this one.
    expect((await get("/profiles/jp/v/1", { "accept-encoding": "gzip", "if-none-match": plain.headers.etag! })).status).toBe(200);
    expect((await get("/profiles/jp/v/1", { "if-none-match": br.headers.etag! })).status).toBe(200);
  });

  it("gives every paragraph and note a ¶ link to its own anchor, and an SVG flag instead of an emoji", async () => {
    const html = (await get("/profiles/jp/v/1")).body.toString();
    const paragraph = /<p id="(p-[0-9a-f]+)">Everyone gets a number\.<sup[^]*?<\/sup> <a class="pilcrow" href="#(p-[0-9a-f]+)" aria-label="Link to this paragraph">¶<\/a><\/p>/.exec(html)!;
    expect(paragraph).not.toBeNull();
    expect(paragraph[2]).toBe(paragraph[1]);
    const note = /<li id="(n-[0-9a-f]{8})">[^]*?<a class="pilcrow" href="#(n-[0-9a-f]{8})" aria-label="Link to note 1">¶<\/a><\/li>/.exec(html)!;
    expect(note?.[2]).toBe(note?.[1]);
    expect(html).toMatch(/<h1><svg aria-hidden="true" focusable="false" class="flag"[^>]*>.*<\/svg> Japan<\/h1>/);
    expect(html).not.toMatch(/[\u{1F1E6}-\u{1F1FF}]/u);
    expect(html).not.toContain("old-version");
  });

  it("links notes and markers both ways", async () => {
    const html = (await get("/profiles/jp/v/1")).body.toString();
    const marker = /<sup class="marker"><a href="#(n-[0-9a-f]{8})" id="(r-[0-9a-f]{8})"/.exec(html)!;
    expect(marker).not.toBeNull();
    expect(html).toContain(`<li id="${marker[1]}">`);
    expect(html).toContain(`href="#${marker[2]}"`);
  });

  it("answers the JSON API in the documented shape, with 404 JSON for unknown ones", async () => {
    const list = JSON.parse((await get("/api/v1/profiles")).body.toString());
    expect(list).toEqual([{ iso: "JP", country: "Japan", version: 1, lastUpdated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    const res = await get("/api/v1/profiles/jp/versions/1");
    const v = JSON.parse(res.body.toString());
    expect(res.headers.etag).toBe(`"${v.contentHash}"`);
    expect(Object.keys(v).sort()).toEqual(["contentHash", "country", "footnotes", "iso", "lastUpdated", "sections", "version"]);
    expect(v.footnotes[0]).toEqual({ number: 1, citationId: expect.stringMatching(/^[0-9a-f-]{36}$/), sectionId: v.sections[0].id, text: expect.stringContaining("Evil"), sources: [{ title: `Evil <img src=x onerror="alert(1)"> title`, url: "https://example.org/a", doi: null, accessed: "2025-12-22", pinpoint: null }] });
    expect(v.sections[0].paragraphs[0]).toEqual({ id: expect.stringMatching(/^p-/), text: "Everyone gets a number.", notes: [1] });
    expect(v.sections[0].paragraphs[1].notes).toEqual([]);
    const missing = await get("/api/v1/profiles/zz");
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body.toString())).toHaveProperty("error");
    expect((await get("/api/v1/profiles/fr")).status).toBe(404);
    expect((await get("/api/v1/profiles/jp/versions/9")).status).toBe(404);
    expect(JSON.parse((await get("/api/v1/openapi.json")).body.toString()).openapi).toBe("3.1.0");
  });

  it("exports Markdown with [^n] footnotes and the bibliography as CSL-JSON, BibTeX and RIS", async () => {
    const md = (await get("/profiles/jp/v/1/export/markdown")).body.toString();
    expect(md).toContain("Everyone gets a number.[^1]");
    expect(md).toMatch(/^\[\^1\]: .*Evil/m);
    const csl = JSON.parse((await get("/profiles/jp/v/1/export/csl-json")).body.toString());
    expect(csl[0]).toMatchObject({ URL: "https://example.org/a", accessed: { "date-parts": [[2025, 12, 22]] } });
    expect((await get("/profiles/jp/v/1/export/bibtex")).body.toString()).toMatch(/@\w+\{/);
    expect((await get("/profiles/jp/v/1/export/ris")).body.toString()).toMatch(/^TY {2}- /m);
  });

  it("changes the newest-version pointer on publish, keeps old versions, and diffs them", async () => {
    const before = await get("/profiles/jp");
    await approve(sectionId, docOf(["Everyone gets a twelve-digit number."], ["<script>alert(2)</script> stays text."]));
    await publishVersion({ actor: editor.actor, db: db(), iso: "JP", input: { changelog: "Second." } });
    const after = await get("/profiles/jp", { "if-none-match": before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.body.toString()).toContain("twelve-digit");
    const v1 = (await get("/profiles/jp/v/1")).body.toString();
    expect(v1).not.toContain("twelve-digit");
    expect(v1).toMatch(/<p class="box notice old-version" role="note">This is version 1 of 2, published <time [^>]+>[^<]+<\/time>; it is not the newest\. <a href="\/profiles\/jp">Read the latest version<\/a>\.<\/p>/);
    expect(after.body.toString()).not.toContain("old-version");
    const history = (await get("/profiles/jp/history")).body.toString();
    expect(history).toContain("First.");
    expect(history).toContain("Second.");
    const compare = (await get("/profiles/jp/compare/1...2")).body.toString();
    expect(compare).toContain("<ins>twelve-digit </ins>");
    expect(compare).toMatch(/source removed|Removed/);
    const oldAnchor = /<p id="(p-[0-9a-f]+)">&lt;script/.exec((await get("/profiles/jp/v/1")).body.toString())![1]!;
    expect(after.body.toString()).toContain(`<p id="${oldAnchor}">&lt;script`);
  });

  it("leaves other paths to Next and answers unknown public pages with 404", async () => {
    expect((await get("/countries")).status).toBe(418);
    expect((await get("/profiles/xx")).status).toBe(404);
    expect((await get("/profiles/jp/v/0")).status).toBe(404);
    expect((await get("/profiles/jp/compare?a=1&b=2")).headers.location).toBe("/profiles/jp/compare/1...2");
  });

  it("forgets newest pages when a version is published, on hearing the committed event (NOTIFY, as every instance does)", async () => {
    const cache = services().publicCache;
    const before = cache.generation;
    await approve(sectionId, docOf(["Third text."]));
    await publishVersion({ actor: editor.actor, db: db(), iso: "JP", input: { changelog: "Third." } });
    await expect.poll(() => cache.generation).toBeGreaterThan(before);
  });
  it("searches published text as a page and as JSON, never cached; a bad query is a 400 naming q", async () => {
    await approve(sectionId, docOf(["Third text about registration offices."]));
    await publishVersion({ actor: editor.actor, db: db(), iso: "JP", input: { changelog: "Searchable." } });
    const page = await get("/profiles/search?q=third+text");
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    const body = page.body.toString();
    expect(body).toMatch(/<a href="\/profiles\/jp\/v\/\d+#p-[A-Za-z0-9_-]+">Japan — /);
    expect(body).toContain("<mark>Third</mark> <mark>text</mark>");
    expect((await get("/profiles/search?q=%22stays+text%22")).body.toString()).toContain("No published paragraph matches");
    expect(body).not.toContain("<script");
    const api = await get("/api/v1/search?q=third");
    expect(JSON.parse(api.body.toString())[0]).toMatchObject({ iso: "JP", country: "Japan", snippet: expect.stringContaining("<mark>Third</mark>") });
    const bad = await get("/api/v1/search?q=x");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString())).toMatchObject({ field: "q", error: expect.stringMatching(/at least 2/) });
    expect((await get("/profiles/search?q=")).status).toBe(400);
    expect((await get("/profiles/search")).body.toString()).toContain('name="q"');
  });
});
