import { formatDate } from "@/lib/format-date";
import type { ManifestFootnote, ManifestParagraph, ManifestSource, VersionManifest } from "./manifest";
import { diffText, type TextPart } from "./diff-text";

export interface BlockDiff {
  kind: "same" | "added" | "removed" | "changed";
  anchor: string;
  parts: TextPart[];
}

export interface SectionDiff {
  id: string;
  anchor: string;
  title: string;
  status: "same" | "changed" | "added" | "removed";
  blocks: BlockDiff[];
}

export interface FootnoteChange {
  citationId: string;
  kind: "added" | "removed" | "changed";
  numberA: number | null;
  numberB: number | null;
  text: string;
  changes: string[];
}

export interface VersionDiff {
  sections: SectionDiff[];
  footnotes: FootnoteChange[];
}

function diffParagraphs(a: ManifestParagraph[], b: ManifestParagraph[]): BlockDiff[] {
  const inB = new Set(b.map((p) => p.anchor));
  const aIndex = new Map(a.map((p, i) => [p.anchor, i]));
  const out: BlockDiff[] = [];
  let ai = 0;
  const flushRemovedUntil = (limit: number) => {
    for (; ai < limit; ai++) if (!inB.has(a[ai]!.anchor)) out.push({ kind: "removed", anchor: a[ai]!.anchor, parts: [{ op: "del", text: a[ai]!.text }] });
  };
  for (const p of b) {
    const i = aIndex.get(p.anchor);
    if (i === undefined) {
      out.push({ kind: "added", anchor: p.anchor, parts: [{ op: "ins", text: p.text }] });
      continue;
    }
    flushRemovedUntil(i);
    ai = Math.max(ai, i + 1);
    const before = a[i]!.text;
    out.push(before === p.text ? { kind: "same", anchor: p.anchor, parts: [{ op: "eq", text: p.text }] } : { kind: "changed", anchor: p.anchor, parts: diffText(before, p.text) });
  }
  flushRemovedUntil(a.length);
  return out;
}

const fields: { key: keyof ManifestSource; label: string; show?: (v: string) => string }[] = [
  { key: "title", label: "title" },
  { key: "url", label: "URL" },
  { key: "doi", label: "DOI" },
  { key: "accessed", label: "access date", show: (v) => formatDate(v) },
  { key: "pinpoint", label: "pinpoint" },
  { key: "archiveUrl", label: "archive URL" },
];

function sourceChanges(a: ManifestSource[], b: ManifestSource[]): string[] {
  const changes: string[] = [];
  const byKey = new Map(a.map((s) => [s.key, s]));
  const bKeys = new Set(b.map((s) => s.key));
  for (const s of b) {
    const old = byKey.get(s.key);
    if (!old) {
      changes.push(`source added: ${s.title}`);
      continue;
    }
    for (const f of fields) {
      const from = (old[f.key] as string | null) ?? null;
      const to = (s[f.key] as string | null) ?? null;
      if (from === to) continue;
      const show = (v: string | null) => (v === null ? "none" : f.show ? f.show(v) : v);
      changes.push(`${f.label} changed from ${show(from)} to ${show(to)}`);
    }
  }
  for (const s of a) if (!bKeys.has(s.key)) changes.push(`source removed: ${s.title}`);
  return changes;
}

function diffFootnotes(a: ManifestFootnote[], b: ManifestFootnote[]): FootnoteChange[] {
  const first = (list: ManifestFootnote[]) => {
    const m = new Map<string, ManifestFootnote>();
    for (const f of list) if (!m.has(f.citationId)) m.set(f.citationId, f);
    return m;
  };
  const fa = first(a);
  const fb = first(b);
  const out: FootnoteChange[] = [];
  for (const [id, f] of fb) {
    const old = fa.get(id);
    if (!old) out.push({ citationId: id, kind: "added", numberA: null, numberB: f.number, text: f.text, changes: [] });
    else {
      const changes = sourceChanges(old.sources, f.sources);
      if (changes.length > 0) out.push({ citationId: id, kind: "changed", numberA: old.number, numberB: f.number, text: f.text, changes });
    }
  }
  for (const [id, f] of fa) if (!fb.has(id)) out.push({ citationId: id, kind: "removed", numberA: f.number, numberB: null, text: f.text, changes: [] });
  return out;
}

/**
 * The differences between two versions: per section, paragraphs matched by their stable anchors with a
 * word diff of changed text; per footnote, added and removed notes and changed source fields
 * (access date, pinpoint, URL…). Pure; the compare page renders it.
 */
export function diffVersions(a: VersionManifest, b: VersionManifest): VersionDiff {
  const aSections = new Map(a.sections.map((s) => [s.id, s]));
  const bIds = new Set(b.sections.map((s) => s.id));
  const sections: SectionDiff[] = b.sections.map((s) => {
    const old = aSections.get(s.id);
    const blocks = diffParagraphs(old?.paragraphs ?? [], s.paragraphs);
    const status = !old ? "added" : blocks.every((x) => x.kind === "same") ? "same" : "changed";
    return { id: s.id, anchor: s.anchor, title: s.title, status, blocks };
  });
  for (const s of a.sections) if (!bIds.has(s.id)) sections.push({ id: s.id, anchor: s.anchor, title: s.title, status: "removed", blocks: diffParagraphs(s.paragraphs, []) });
  return { sections, footnotes: diffFootnotes(a.footnotes, b.footnotes) };
}
