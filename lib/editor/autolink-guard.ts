import type { Plugin, Transaction } from "@tiptap/pm/state";
import { AddMarkStep, AttrStep, DocAttrStep, RemoveMarkStep, ReplaceStep, type Step } from "@tiptap/pm/transform";
import type { Node as PMNode } from "@tiptap/pm/model";
import { skipAppendingWhen } from "./local-only";

/** Tiptap's autolink treats these as the end of a word (the pattern it takes from DOMPurify). */
const WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/;
const ENDS_IN_WHITESPACE = new RegExp(`${WHITESPACE.source}$`);
const WHITESPACE_GLOBAL = new RegExp(WHITESPACE.source, "g");
/**
 * What a word needs for linkify to find a link in it: a dot (a domain, an IP address, an e-mail's domain), a colon
 * (a scheme such as `mailto:`), an at sign, or the one dotless host linkify knows. A word without any of them is
 * never linked, so there is nothing to ask linkify.
 */
const MAY_HOLD_A_LINK = /[.:@]|localhost/i;
/** How far back a word is looked for; a longer word (or none found) leaves the decision to autolink itself. */
const WORD_LOOKBACK = 512;

/** Steps that change no text: their step maps are empty, so autolink finds no changed range in them. */
function changesNoText(step: Step): boolean {
  return step instanceof AddMarkStep || step instanceof RemoveMarkStep || step instanceof AttrStep || step instanceof DocAttrStep;
}

/** The text a step inserts, when it inserts only text inside one textblock (or deletes); otherwise null. */
function insertedText(step: Step): string | null {
  if (!(step instanceof ReplaceStep)) return null;
  const { slice } = step;
  if (slice.openStart !== 0 || slice.openEnd !== 0) return null;
  let text = "";
  for (let i = 0; i < slice.content.childCount; i++) {
    const child = slice.content.child(i);
    if (!child.isText) return null;
    text += child.text;
  }
  return text;
}

/** The last word before `text` ends, with `text` typed at `pos` of `doc`; null when it cannot be told cheaply. */
function lastWordTyped(doc: PMNode, pos: number, text: string): string | null {
  const $pos = doc.resolve(pos);
  if (!$pos.parent.isTextblock) return null;
  const offset = $pos.parentOffset;
  const from = Math.max(0, offset - WORD_LOOKBACK);
  // Leaf nodes (citation markers) count as a space, as they do for autolink.
  const before = $pos.parent.textBetween(from, offset, undefined, " ");
  const typed = before + text;
  // The word may reach back past the lookback: let autolink decide.
  if (from > 0 && !WHITESPACE.test(before)) return null;
  return typed.split(WHITESPACE_GLOBAL).filter(Boolean).at(-1) ?? "";
}

/**
 * Whether Tiptap's autolink would certainly add no link for these transactions, told from their steps alone: every
 * step inserts text without whitespace, deletes, or changes no text (autolink links only a word just ended by
 * whitespace, or a block just split); or one step types text ending in whitespace after a word that cannot be a link.
 * Anything else (several steps with whitespace, a split, a paste of blocks, a long word) is left to autolink.
 */
export function cannotAddALink(transactions: readonly Transaction[]): boolean {
  const steps = transactions.flatMap((tr) => tr.steps.map((step, i) => ({ step, doc: tr.docs[i]! })));
  let spaced: { step: ReplaceStep; doc: PMNode; text: string } | null = null;
  let textSteps = 0;
  for (const { step, doc } of steps) {
    if (changesNoText(step)) continue;
    textSteps += 1;
    const text = insertedText(step);
    if (text === null) return false;
    if (WHITESPACE.test(text)) spaced = { step: step as ReplaceStep, doc, text };
  }
  if (!spaced) return true;
  // Text with whitespace: only a lone step is judged here (several may together end a link autolink would find).
  if (textSteps !== 1) return false;
  // Autolink looks only at a change that ends in whitespace.
  if (!ENDS_IN_WHITESPACE.test(spaced.text)) return true;
  const word = lastWordTyped(spaced.doc, spaced.step.from, spaced.text);
  return word !== null && !MAY_HOLD_A_LINK.test(word);
}

/** Tiptap Link's autolink plugin (its key is `autolink`). */
export function isAutolink(plugin: Plugin): boolean {
  return (plugin.spec.key as unknown as { key?: string } | undefined)?.key?.startsWith("autolink$") ?? false;
}

/**
 * Tiptap's autolink plugin, asked only when a link could appear. Unguarded it runs on every keystroke: it replays
 * the transaction's steps over the whole document, compares the documents, and on each space takes the paragraph's
 * text up to the caret and tokenizes its last word with linkify. The guard gives the same links (see the tests).
 */
export function guardedAutolink(plugin: Plugin): Plugin {
  return skipAppendingWhen(plugin, cannotAddALink);
}
