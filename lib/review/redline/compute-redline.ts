import type { FrozenCitation } from "@/lib/db/schema/review";
import { citationIds } from "@/lib/editor/citation-ids";
import { diffDocuments, toNode, type TextChange } from "./diff-documents";
import { diffFootnotes, type FootnoteChange } from "./diff-footnotes";
import { numberCitations } from "./footnote-offset";

export interface RedlineSide {
  contentJson: Record<string, unknown> | null;
  citations: FrozenCitation[];
}

export interface Redline {
  changes: TextChange[];
  footnotes: FootnoteChange[];
  /** Profile-wide number of each citation id on each side. */
  numbersBefore: Record<string, number>;
  numbersAfter: Record<string, number>;
}

/** The redline of `after` against `before` (null: against an empty section): word changes and footnote changes. */
export function computeRedline(before: RedlineSide | null, after: RedlineSide, footnoteOffset: number): Redline {
  const orderA = citationIds(before?.contentJson ?? null);
  const orderB = citationIds(after.contentJson);
  const numbersA = numberCitations(orderA, footnoteOffset);
  const numbersB = numberCitations(orderB, footnoteOffset);
  return {
    changes: diffDocuments(toNode(before?.contentJson ?? null), toNode(after.contentJson)),
    footnotes: diffFootnotes({ order: orderA, citations: before?.citations ?? [], numbers: numbersA }, { order: orderB, citations: after.citations, numbers: numbersB }),
    numbersBefore: Object.fromEntries(numbersA),
    numbersAfter: Object.fromEntries(numbersB),
  };
}
