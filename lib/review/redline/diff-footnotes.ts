import type { FrozenCitation } from "@/lib/db/schema/review";

export interface FootnoteValues {
  sourceId: string;
  title: string;
  url: string | null;
  doi: string | null;
  accessed: string | null;
  pinpoint: string | null;
}

export type FootnoteField = "source" | "accessed" | "pinpoint";

export interface FootnoteChange {
  kind: "added" | "removed" | "changed";
  citationId: string;
  /** Profile-wide footnote number in the old and new revision (null on the side it is missing from). */
  numberBefore: number | null;
  numberAfter: number | null;
  /** Which parts changed (for `changed`): the cited source, its access date, its pinpoint. */
  fields: FootnoteField[];
  before: FootnoteValues[] | null;
  after: FootnoteValues[] | null;
}

export interface FootnoteSide {
  /** Citation ids in document order. */
  order: string[];
  citations: FrozenCitation[];
  /** Profile-wide number of each citation id. */
  numbers: Map<string, number>;
}

const values = (c: FrozenCitation | undefined): FootnoteValues[] =>
  (c?.items ?? []).map((i) => ({ sourceId: i.sourceId, title: i.title, url: i.url, doi: i.doi, accessed: i.accessed, pinpoint: i.pinpoint }));

function changedFields(a: FootnoteValues[], b: FootnoteValues[]): FootnoteField[] {
  const fields = new Set<FootnoteField>();
  if (a.length !== b.length) fields.add("source");
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.sourceId !== y.sourceId || x.title !== y.title || x.url !== y.url || x.doi !== y.doi) fields.add("source");
    if (x.accessed !== y.accessed) fields.add("accessed");
    if (x.pinpoint !== y.pinpoint) fields.add("pinpoint");
  }
  return (["source", "accessed", "pinpoint"] as const).filter((f) => fields.has(f));
}

/**
 * Footnotes added, removed or changed (source, access date, pinpoint) between two revisions, in the new
 * revision's order with removed ones after. A footnote that only got another number is not a change.
 */
export function diffFootnotes(a: FootnoteSide, b: FootnoteSide): FootnoteChange[] {
  const byIdA = new Map(a.citations.map((c) => [c.citationId, c]));
  const byIdB = new Map(b.citations.map((c) => [c.citationId, c]));
  const inA = new Set(a.order);
  const inB = new Set(b.order);
  const out: FootnoteChange[] = [];
  for (const id of new Set(b.order)) {
    const after = values(byIdB.get(id));
    if (!inA.has(id)) {
      out.push({ kind: "added", citationId: id, numberBefore: null, numberAfter: b.numbers.get(id) ?? null, fields: [], before: null, after });
      continue;
    }
    const before = values(byIdA.get(id));
    const fields = changedFields(before, after);
    if (fields.length > 0) out.push({ kind: "changed", citationId: id, numberBefore: a.numbers.get(id) ?? null, numberAfter: b.numbers.get(id) ?? null, fields, before, after });
  }
  for (const id of new Set(a.order)) {
    if (!inB.has(id)) out.push({ kind: "removed", citationId: id, numberBefore: a.numbers.get(id) ?? null, numberAfter: null, fields: [], before: values(byIdA.get(id)), after: null });
  }
  return out;
}
