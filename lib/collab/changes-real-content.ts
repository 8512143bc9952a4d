import * as Y from "yjs";

/** Formatting keys and node attributes that belong to suggestions (see lib/editor/suggestion-marks.ts). */
const suggestionFormatKeys = new Set(["suggestionInsert", "suggestionDelete", "suggestionFormat"]);
const suggestionAttribute = "suggestion";
/** A footnote marker's suggested access date / pinpoint change (lib/editor/suggestion-marks.ts). */
const suggestionAttributes = new Set([suggestionAttribute, "suggestedEdit"]);
/** y-prosemirror names an overlapping mark's format `<mark>--<hash>`. */
const baseKey = (key: string) => key.split("--")[0]!;

type State = "before" | "after";
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shared type (its event type does not matter here)
type YType = Y.AbstractType<any>;

/**
 * Whether a Yjs transaction changed the section's *real* content: its blocks, their text, formatting and footnote
 * markers, leaving out what open suggestions hold (text proposed for insertion, suggestion marks and attributes).
 * Typing in Suggesting mode, deleting one's own suggested text, marking text for removal and rejecting a suggestion
 * change nothing real; accepting one does (and is counted for its suggester anyway). Review counts only writers
 * whose changes were real as authors, so a reviewer may suggest on a revision without becoming its author.
 *
 * Call from the document's `afterTransaction` event: deleted items still hold their content there. Plain typing is
 * proved real at the cost of its text node (`typesPlainText`); anything else costs the size of the top-level blocks
 * the transaction touched (a paragraph), not of the document. Any change it cannot read as suggestion-only (a block
 * added, removed, split or joined) counts as real.
 */
export function changesRealContent(tr: Y.Transaction): boolean {
  return typesPlainText(tr) || changesRealContentByComparison(tr);
}

/**
 * The common case, proved without serializing anything: the transaction deletes nothing and inserts text that is
 * visible, outside suggested text (no `suggestionInsert` format open before it in its text) and outside a suggested
 * element. Such text is real content the section did not hold before. Its cost is the text to the left of the
 * insertion in its own text node, not two serializations of the paragraph (which grows with every keystroke while
 * people type in it, on the path that relays each keystroke). Anything else (false here) is decided by comparison.
 */
export function typesPlainText(tr: Y.Transaction): boolean {
  if (tr.deleteSet.clients.size > 0) return false;
  for (const [client, after] of tr.afterState) {
    const before = tr.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = tr.doc.store.clients.get(client) ?? [];
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const s = structs[i]!;
      if (s.id.clock >= after) break;
      if (s instanceof Y.Item && !s.deleted && s.content instanceof Y.ContentString && s.parent instanceof Y.XmlText && !insideSuggestedText(s) && !insideSuggestedElement(s.parent)) return true;
    }
  }
  return false;
}

/** Whether the last `suggestionInsert` format before a visible item in its text opens a suggestion (as `serialize` reads it). */
function insideSuggestedText(item: Y.Item): boolean {
  for (let left = item.left; left; left = left.left) {
    if (left.deleted || !(left.content instanceof Y.ContentFormat) || baseKey(left.content.key) !== "suggestionInsert") continue;
    return left.content.value !== null;
  }
  return false;
}

/** Whether an element around a text is a suggested insertion (`serialize` leaves such an element out, text and all). */
function insideSuggestedElement(text: Y.XmlText): boolean {
  for (let type: YType = text; type._item; type = type._item.parent as YType) {
    const parent = type._item.parent;
    if (!(parent instanceof Y.AbstractType)) return true;
    if (parent instanceof Y.XmlElement && isSuggestedInsertion(parent, "after", (i) => !i.deleted)) return true;
  }
  return false;
}

/** The general case: the touched top-level blocks serialized before and after (suggestions left out), compared. */
export function changesRealContentByComparison(tr: Y.Transaction): boolean {
  const inserted = (s: Y.Item) => s.id.clock >= (tr.beforeState.get(s.id.client) ?? 0);
  const deletedHere = (s: Y.Item) => Y.isDeleted(tr.deleteSet, s.id);
  const visible = (s: Y.Item, state: State) => (state === "after" ? !s.deleted : !inserted(s) && (!s.deleted || deletedHere(s)));
  const root = tr.doc.getXmlFragment("default");
  const blocks = new Set<YType>();
  let real = false;

  /** Adds the top-level block an item sits in; a change of the block list itself is real. */
  const touch = (item: Y.Item) => {
    if (real) return;
    if (inserted(item) && item.deleted && deletedHere(item)) return; // added and removed at once: nothing
    let type = item.parent as YType;
    if (type === root || !(type instanceof Y.AbstractType)) {
      real = true;
      return;
    }
    while (type._item && type._item.parent !== root) type = type._item.parent as YType;
    if (!type._item || type._item.parent !== root || inserted(type._item) || type._item.deleted) {
      real = true;
      return;
    }
    blocks.add(type);
  };

  for (const [client, after] of tr.afterState) {
    const before = tr.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = tr.doc.store.clients.get(client) ?? [];
    for (let i = Y.findIndexSS(structs, before); i < structs.length && !real; i++) {
      const s = structs[i]!;
      if (s.id.clock >= after) break;
      if (s instanceof Y.Item) touch(s);
    }
  }
  if (!real)
    Y.iterateDeletedStructs(tr, tr.deleteSet, (s) => {
      if (s instanceof Y.Item) touch(s);
    });
  if (real) return true;
  for (const block of blocks) if (serialize(block, "before", visible) !== serialize(block, "after", visible)) return true;
  return false;
}

/** The value an element attribute had in a state (a map entry's older values are its `left` items). */
function attributeIn(type: YType, key: string, state: State, visible: (s: Y.Item, state: State) => boolean): unknown {
  for (let item: Y.Item | null = type._map.get(key) ?? null; item; item = item.left) {
    if (visible(item, state)) return item.content.getContent()[0];
  }
  return undefined;
}

/** Whether an element is a suggested insertion in a state (its `suggestion` attribute of kind "insert"). */
function isSuggestedInsertion(element: YType, state: State, visible: (s: Y.Item, state: State) => boolean): boolean {
  const s = attributeIn(element, suggestionAttribute, state, visible) as { kind?: string } | null | undefined;
  return !!s && typeof s === "object" && s.kind === "insert";
}

/**
 * The real content of a type in one state, as a string: suggested text, suggested footnote markers and suggestion
 * marks left out. Text runs of neighbouring text nodes join (a marker put into text splits its node in two).
 */
function serialize(type: YType, state: State, visible: (s: Y.Item, state: State) => boolean): string {
  const out: string[] = [];
  let run = "";
  let runFormat = "";
  const flush = () => {
    if (run) out.push(JSON.stringify([runFormat, run]));
    run = "";
  };
  const element = (t: YType) => {
    const attrs = [...t._map.keys()]
      .filter((k) => !suggestionAttributes.has(k))
      .sort()
      .map((k) => [k, attributeIn(t, k, state, visible)] as const)
      .filter(([, v]) => v !== undefined && v !== null);
    out.push(JSON.stringify(attrs));
    children(t);
  };
  const children = (t: YType) => {
    const formats = new Map<string, unknown>();
    let format = "[]";
    let suggested = false;
    for (let item = t._start; item; item = item.right) {
      if (!visible(item, state)) continue;
      const content = item.content;
      if (content instanceof Y.ContentFormat) {
        const key = baseKey(content.key);
        if (key === "suggestionInsert") suggested = content.value !== null;
        else if (!suggestionFormatKeys.has(key)) {
          if (content.value === null) formats.delete(content.key);
          else formats.set(content.key, content.value);
          format = JSON.stringify([...formats].sort(([a], [b]) => (a < b ? -1 : 1)));
        }
        continue;
      }
      if (content instanceof Y.ContentString) {
        if (suggested) continue;
        if (format !== runFormat) {
          flush();
          runFormat = format;
        }
        run += content.str;
        continue;
      }
      if (content instanceof Y.ContentType) {
        const child = content.type;
        if (child instanceof Y.XmlText) {
          children(child);
          continue;
        }
        if (isSuggestedInsertion(child, state, visible)) continue; // a suggested footnote marker
        flush();
        const name = child instanceof Y.XmlElement ? child.nodeName : "?";
        out.push(`<${name}>`);
        element(child);
        flush();
        out.push(`</${name}>`);
      } else if (!(content instanceof Y.ContentDeleted)) {
        flush();
        out.push(JSON.stringify(content.getContent()));
      }
    }
  };
  element(type);
  flush();
  return out.join("");
}
