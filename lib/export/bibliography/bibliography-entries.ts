import { exportUrl } from "@/lib/citations/is-safe-url";
import { normalizeDoi } from "@/lib/citations/normalize-doi";
import type { ManifestSource, VersionManifest } from "@/lib/versions/manifest";
import { oneLine } from "../clean-text";

/** A person (family and given) or a body (literal), cleaned to one line each. */
export type EntryName = { family: string; given?: string } | { literal: string };

/** A date as CSL date-parts (year, month?, day?) or, when it isn't one, the text as written. */
export type EntryDate = { parts: [number] | [number, number] | [number, number, number] } | { literal: string };

/**
 * One bibliography record: a source with one access date. A source cited with two access dates gives two
 * records (`key`, `key-2`), so no export drops a date. Every field is clean, single-line text and the URL
 * has passed the URL policy; the BibTeX, RIS and CSL-JSON renderers only add their own escaping.
 */
export interface BibliographyEntry {
  /** Unique within the export, stable across versions for the same source, only `[A-Za-z0-9-]`. */
  id: string;
  sourceKey: string;
  /** CSL type. */
  type: string;
  title: string;
  authors: EntryName[];
  url: string | null;
  doi: string | null;
  /** YYYY-MM-DD */
  accessed: string | null;
  issued: EntryDate | null;
  publisher: string | null;
  container: string | null;
  number: string | null;
  language: string | null;
}

const cslTypes = new Set(["article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "pamphlet", "paper-conference", "patent", "personal_communication", "post", "post-weblog", "regulation", "report", "software", "speech", "standard", "thesis", "treaty", "webpage"]);

const text = (value: unknown): string | null => {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const cleaned = oneLine(String(value));
  return cleaned === "" ? null : cleaned;
};

/** A name part: one clean line without leading or trailing commas (which RIS would read as a name's parts). */
const namePart = (value: unknown): string | null => {
  const cleaned = text(value)?.replace(/^[\s,]+|[\s,]+$/g, "");
  return cleaned ? cleaned : null;
};

function names(s: ManifestSource): EntryName[] {
  const structured = Array.isArray(s.csl.author) ? (s.csl.author as unknown[]) : [];
  const fromCsl = structured.flatMap((n): EntryName[] => {
    if (!n || typeof n !== "object") return [];
    const { family, given, literal } = n as Record<string, unknown>;
    const lit = namePart(literal);
    if (lit) return [{ literal: lit }];
    const fam = namePart(family);
    const giv = namePart(given);
    if (fam) return [giv ? { family: fam, given: giv } : { family: fam }];
    return giv ? [{ literal: giv }] : [];
  });
  if (fromCsl.length > 0) return fromCsl;
  return s.authors.flatMap((a) => {
    const lit = namePart(a);
    return lit ? [{ literal: lit }] : [];
  });
}

function date(value: string | null): EntryDate | null {
  const written = text(value);
  if (!written) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(written);
  if (!m) return { literal: written };
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 0];
  if (mo > 12 || d > 31 || (mo === 0 && d !== 0)) return { literal: written };
  return { parts: d ? [y, mo, d] : mo ? [y, mo] : [y] };
}

const accessDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

/** FNV-1a, 32 bits, as 6 base-36 characters: a short stable tag of the registry key. */
function tag(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36).padStart(6, "0").slice(-6);
}

const ascii = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, 24);

function baseId(entry: Omit<BibliographyEntry, "id">): string {
  const first = entry.authors[0];
  const who = first ? ascii("family" in first ? first.family : (first.literal.split(/\s+/)[0] ?? "")) : "";
  const word = entry.title.split(/\s+/).find((w) => ascii(w).length > 3) ?? "";
  const label = who || ascii(word) || "source";
  const year = entry.issued && "parts" in entry.issued ? String(entry.issued.parts[0]) : "";
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}${year}-${tag(entry.sourceKey)}`;
}

function toEntry(s: ManifestSource): Omit<BibliographyEntry, "id"> {
  const doi = s.doi ? normalizeDoi(s.doi) : null;
  return {
    sourceKey: s.key,
    type: cslTypes.has(s.type) ? s.type : "document",
    title: text(s.title) ?? "Untitled",
    authors: names(s),
    url: exportUrl(s.url),
    doi: doi ? oneLine(doi) : null,
    accessed: accessDate(s.accessed),
    issued: date(s.date),
    publisher: text(s.publisher),
    container: text(s.container),
    number: text(s.number),
    language: text(s.csl.language),
  };
}

/**
 * Every distinct source of a version with each date it was accessed, in order of first citation: the one
 * walk of the footnotes that feeds the BibTeX, RIS and CSL-JSON exports.
 */
export function bibliographyEntries(manifest: Pick<VersionManifest, "footnotes">): BibliographyEntry[] {
  const out: BibliographyEntry[] = [];
  const seen = new Set<string>();
  const used = new Set<string>();
  const perSource = new Map<string, number>();
  for (const footnote of manifest.footnotes) {
    for (const s of footnote.sources) {
      const entry = toEntry(s);
      const pair = `${s.key}\u0000${entry.accessed ?? ""}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      const n = (perSource.get(s.key) ?? 0) + 1;
      perSource.set(s.key, n);
      let id = n === 1 ? baseId(entry) : `${baseId(entry)}-${n}`;
      for (let i = 2; used.has(id); i++) id = `${baseId(entry)}-${n}x${i}`;
      used.add(id);
      out.push({ id, ...entry });
    }
  }
  return out;
}
