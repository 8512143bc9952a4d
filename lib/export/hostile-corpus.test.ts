import { XMLValidator } from "fast-xml-parser";
import MarkdownIt from "markdown-it";
import footnotePlugin from "markdown-it-footnote";
import type Token from "markdown-it/lib/token.mjs";
import { afterAll, describe, expect, it } from "vitest";
import { cslToSource } from "@/lib/citations/csl-to-source";
import { isSafeUrl } from "@/lib/citations/is-safe-url";
import { parseSourceInput } from "@/lib/citations/parse-source-input";
import { manualSourceSchema } from "@/lib/citations/schemas";
import { SourceInputError } from "@/lib/citations/source-input-error";
import { hasUnsafeUrl } from "@/lib/citations/unsafe-item-url";
import { citationToCsl } from "@/lib/import/citation-to-csl";
import { docxParts } from "@/lib/test/docx-parts";
import { hostileInputs, type HostileInput } from "@/lib/test/hostile-inputs";
import { manifestSource, versionOf } from "@/lib/test/manifest-factories";
import { nameText, readBibliography } from "@/lib/test/read-bibliography";
import { toMarkdown } from "@/lib/versions/to-markdown";
import { bibliographyEntries } from "./bibliography/bibliography-entries";
import { exportBibliography, type BibliographyFormat } from "./bibliography/export-bibliography";
import { cleanText, oneLine } from "./clean-text";
import { buildDocx } from "./docx/build-docx";
import { versionToWord } from "./docx/version-to-word";

type Outcome = "rejected" | "accepted";
const tally = new Map<string, { rejected: number; accepted: number }>();
const count = (where: string, outcome: Outcome) => {
  const t = tally.get(where) ?? { rejected: 0, accepted: 0 };
  t[outcome]++;
  tally.set(where, t);
};

const permanentUrl = "https://folio.example/profiles/jp/v/1";

function versionWith(entry: HostileInput | { field: "text"; value: string }) {
  const v = entry.value;
  const hostile =
    entry.field === "text"
      ? manifestSource({ key: "hostile", title: v, url: "https://example.org/hostile", accessed: "2025-02-21", date: "2024-05-03", publisher: v, authors: [v], csl: { type: "webpage", title: v, author: [{ family: v, given: v }, { literal: v }] } })
      : manifestSource({ key: "hostile", title: "Hostile URL", url: v, accessed: "2025-02-21", csl: { type: "webpage", title: "Hostile URL", URL: v } });
  const canary = manifestSource({ key: "canary", title: "Canary", url: "https://example.org/canary", accessed: "2025-03-01" });
  const text = entry.field === "text" ? v : "Hostile link";
  const href = entry.field === "text" ? "https://example.org/link" : v;
  const content = {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text }, { type: "citation", attrs: { citationId: "c1" } }] },
      { type: "paragraph", content: [{ type: "text", text: "Link: " }, { type: "text", text, marks: [{ type: "link", attrs: { href } }] }] },
      { type: "paragraph", content: [{ type: "text", text: "Canary." }, { type: "citation", attrs: { citationId: "c2" } }] },
    ],
  };
  return versionOf({ notes: [[hostile], [canary]], content, sectionTitle: entry.field === "text" ? v : "Overview" });
}

// ── Boundaries ────────────────────────────────────────────────────────────────────────────────────

function paste(text: string): Outcome {
  try {
    const { items } = parseSourceInput(text);
    if (items.length === 0 || items.some(hasUnsafeUrl)) return "rejected";
    // What is accepted carries no URL the policy refuses, however the parser read it.
    for (const item of items) {
      const url = cslToSource(item).url;
      if (url !== null && url !== undefined) expect(isSafeUrl(url)).toBe(true);
    }
    return "accepted";
  } catch (e) {
    expect(e).toBeInstanceOf(SourceInputError);
    return "rejected";
  }
}

function boundaries(entry: HostileInput): Record<string, Outcome> {
  const v = entry.value;
  const isUrl = entry.field === "url";
  const form = manualSourceSchema.safeParse({ mode: "manual", title: isUrl ? "Title" : v, url: isUrl ? v : "https://example.org/a", publisher: isUrl ? null : v, authors: isUrl ? null : v });
  if (!form.success) expect(form.error.issues.every((i) => typeof i.path[0] === "string")).toBe(true);
  if (isUrl) expect(form.success, "form").toBe(entry.safe);
  const csl = paste(JSON.stringify([{ id: "x", type: "webpage", title: isUrl ? "Title" : v, URL: isUrl ? v : "https://example.org/a", author: [{ literal: isUrl ? "A" : v }] }]));
  // Text may be accepted (and neutralised at export) or refused with a SourceInputError (checked in paste);
  // whether control characters are refused at the boundary is decided there, not here.
  if (isUrl) expect(csl === "accepted", "paste CSL-JSON").toBe(entry.safe);
  const bibtex = paste(`@misc{k,\n  title = {${isUrl ? "Title" : v}},\n  url = {${isUrl ? v : "https://example.org/a"}}\n}`);
  const ris = paste(`TY  - ELEC\nTI  - ${isUrl ? "Title" : v}\nUR  - ${isUrl ? v : "https://example.org/a"}\nER  - `);
  const imported = citationToCsl({ kind: "full", sourceKey: "k", title: isUrl ? "Title" : v, url: isUrl ? v : "https://example.org/a", accessed: null, publisher: null, date: null, pinpoint: null, authors: isUrl ? [] : [v], container: null, number: null, type: "webpage", refersTo: null });
  expect(hasUnsafeUrl(imported)).toBe(false);
  const importOutcome: Outcome = isUrl && imported.URL === undefined ? "rejected" : "accepted";
  if (isUrl) expect(importOutcome === "accepted", "import").toBe(entry.safe);
  return { form: form.success ? "accepted" : "rejected", "paste CSL-JSON": csl, "paste BibTeX": bibtex, "paste RIS": ris, import: importOutcome };
}

// ── Exports ───────────────────────────────────────────────────────────────────────────────────────

/** citation-js's BibTeX reader and markdown-it percent-encode `[` and `]` in a URL, even in an IPv6 host. */
const brackets = (url: string | null | undefined) => url?.replace(/%5B/g, "[").replace(/%5D/g, "]") ?? null;

function bibliography(entry: HostileInput, format: BibliographyFormat): Outcome {
  const version = versionWith(entry);
  const expected = bibliographyEntries(version.manifest);
  const read = readBibliography(exportBibliography(version, format), format);
  expect(read.map((r) => r.id), "no extra record, ids whole").toEqual(expected.map((e) => e.id));
  expect(read.map((r) => r.title)).toEqual(expected.map((e) => e.title));
  expect(read.map((r) => (format === "bibtex" ? brackets(r.url) : (r.url ?? null)))).toEqual(expected.map((e) => e.url));
  expect(read.map((r) => r.accessed ?? null)).toEqual(expected.map((e) => e.accessed));
  expect(read.map((r) => r.publisher)).toEqual(expected.map((e) => e.publisher ?? undefined));
  expect(read.map((r) => r.authors)).toEqual(expected.map((e) => e.authors.map(nameText)));
  expect(read[0]!.issued ?? null).toBe(entry.field === "text" ? "2024-05-03" : null);
  if (entry.field === "text") expect(expected[0]!.title).toBe(oneLine(entry.value));
  else expect(expected[0]!.url === null).toBe(!entry.safe);
  return expected[0]!.url === null && entry.field === "url" ? "rejected" : "accepted";
}

// @types/markdown-it-footnote is typed against an older @types/markdown-it.
const md = new MarkdownIt({ html: true, linkify: false }).use(footnotePlugin as unknown as (md: MarkdownIt) => void);
const blockShape = (tokens: Token[]) => tokens.map((t) => t.type).join(" ");
const plain = (inline: Token | undefined) =>
  (inline?.children ?? [])
    .map((c) => (c.type === "text" || c.type === "code_inline" ? c.content : c.type === "softbreak" || c.type === "hardbreak" ? "\n" : ""))
    .join("");
const hrefs = (tokens: Token[]) => tokens.flatMap((t) => [t, ...(t.children ?? [])]).filter((t) => t.type === "link_open").map((t) => t.attrGet("href"));
const benign = md.parse(toMarkdown(versionWith({ field: "text", value: "Benign" }), { permanentUrl }), {});

function markdown(entry: HostileInput): Outcome {
  const version = versionWith(entry);
  const env: { footnotes?: { list?: unknown[] } } = {};
  const tokens = md.parse(toMarkdown(version, { permanentUrl }), env);
  expect(blockShape(tokens), "same blocks as a benign document").toBe(blockShape(benign));
  expect(env.footnotes?.list).toHaveLength(2);
  expect(tokens.flatMap((t) => [t, ...(t.children ?? [])]).some((t) => t.type === "html_inline" || t.type === "html_block")).toBe(false);
  const inlines = tokens.filter((t) => t.type === "inline");
  if (entry.field === "text") {
    const expected = cleanText(entry.value).replace(/[\t\n]+/g, " ").trim();
    expect(plain(inlines[2]).trim(), "section heading").toBe(oneLine(entry.value));
    expect(plain(inlines[3]).trim(), "paragraph").toBe(expected);
    expect(hrefs(tokens)).toEqual([permanentUrl, "https://example.org/link"]);
  } else {
    const link = entry.safe ? hrefs(tokens)[1] : undefined;
    // Links in the text may also be mailto: (the editor's link policy); every other href is http(s).
    expect(hrefs(tokens).every((h) => h !== null && (isSafeUrl(brackets(h)!) || h.startsWith("mailto:")))).toBe(true);
    if (entry.safe) expect(link).toBeDefined();
  }
  const notes = tokens.filter((t, i) => t.type === "inline" && tokens[i - 2]?.type === "footnote_open");
  expect(notes.map((n) => plain(n))).toEqual(version.manifest.footnotes.map((f) => oneLine(f.text)));
  return entry.field === "url" && !entry.safe ? "rejected" : "accepted";
}

const invalidXmlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

async function word(entry: HostileInput): Promise<Outcome> {
  const version = versionWith(entry);
  const parts = docxParts(await buildDocx(versionToWord(version, { permanentUrl })));
  for (const name of ["word/document.xml", "word/footnotes.xml", "docProps/core.xml", "word/_rels/document.xml.rels", "word/_rels/footnotes.xml.rels"]) {
    const xml = parts[name];
    if (xml === undefined) continue;
    expect(invalidXmlChar.test(xml), `${name} has no character XML forbids`).toBe(false);
    expect(XMLValidator.validate(xml), `${name} is well-formed`).toBe(true);
  }
  const texts = [...parts["word/document.xml"]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!));
  if (entry.field === "text") expect(texts).toContain(cleanText(entry.value).replace(/\n/g, " "));
  const targets = Object.entries(parts)
    .filter(([name]) => name.endsWith(".rels"))
    .flatMap(([, xml]) => [...xml.matchAll(/Target="([^"]*)"\s+TargetMode="External"/g)].map((m) => unescapeXml(m[1]!)));
  expect(targets.every((t) => isSafeUrl(t) || t.startsWith("mailto:"))).toBe(true);
  return entry.field === "url" && !entry.safe ? "rejected" : "accepted";
}

describe(`hostile-input corpus (${hostileInputs.length} entries)`, () => {
  it("has at least 100 entries, each label once", () => {
    expect(hostileInputs.length).toBeGreaterThanOrEqual(100);
    expect(new Set(hostileInputs.map((e) => e.label)).size).toBe(hostileInputs.length);
  });

  it.each(hostileInputs.map((e) => [e.label, e] as const))("%s: every boundary applies the URL policy", (_label, entry) => {
    for (const [where, outcome] of Object.entries(boundaries(entry))) count(`boundary: ${where}`, outcome);
  });

  it.each(hostileInputs.map((e) => [e.label, e] as const))("%s: every export reads back with no extra record and no changed field", async (_label, entry) => {
    for (const format of ["bibtex", "ris", "csl-json"] as const) count(`export: ${format}`, bibliography(entry, format));
    count("export: markdown", markdown(entry));
    count("export: docx", await word(entry));
  });

  afterAll(() => {
    const rows = [...tally.entries()].map(([where, t]) => `${where.padEnd(26)} ${String(t.rejected).padStart(4)} rejected ${String(t.accepted).padStart(4)} accepted and neutralised`);
    const total = [...tally.values()].reduce((s, t) => ({ rejected: s.rejected + t.rejected, accepted: s.accepted + t.accepted }), { rejected: 0, accepted: 0 });
    console.log([`hostile corpus: ${hostileInputs.length} entries × ${tally.size} boundaries/exports = ${total.rejected + total.accepted} checks`, ...rows, `total: ${total.rejected} rejected, ${total.accepted} accepted and neutralised`].join("\n"));
  });
});
