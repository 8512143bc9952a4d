import { diffWordsWithSpace } from "diff";

export interface TextPart {
  op: "eq" | "ins" | "del";
  text: string;
}

/**
 * Word-level diff of two strings, with the same word diff (jsdiff's diffWordsWithSpace) the review
 * redline uses through prosemirror-recreate-transform, so a version compare reads like a review.
 */
export function diffText(a: string, b: string): TextPart[] {
  return diffWordsWithSpace(a, b).map((c) => ({ op: c.added ? "ins" : c.removed ? "del" : "eq", text: c.value }));
}
