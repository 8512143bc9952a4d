import * as Y from "yjs";

/**
 * Whether a change to the section's Yjs tree may add, remove, move or re-point a citation marker. Markers are
 * elements (children of a paragraph's element, never inside its text), so a change confined to a text, which is
 * what typing and formatting are, cannot; anything on an element or the fragment (a marker inserted or deleted, a
 * paragraph split, joined or deleted, an attribute set) may. A text that somehow gained an embedded object counts.
 */
export function mayMoveMarkers(event: Y.YEvent<Y.AbstractType<unknown>>): boolean {
  if (!(event.target instanceof Y.XmlText)) return true;
  return event.delta.some((d) => d.insert !== undefined && typeof d.insert !== "string");
}
