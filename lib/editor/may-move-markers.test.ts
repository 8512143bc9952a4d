import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { mayMoveMarkers } from "./may-move-markers";
import { yDocCitationIds } from "./ydoc-citation-ids";
import { FRAGMENT, yStateFromJSON } from "./ydoc-content";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";

/** A section of two paragraphs, the first with text, a marker and more text; every change's verdict is recorded. */
function section() {
  const doc = new Y.Doc();
  Y.applyUpdate(
    doc,
    yStateFromJSON({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Before" }, { type: "citation", attrs: { citationId: A } }, { type: "text", text: " after." }] },
        { type: "paragraph", content: [{ type: "text", text: "Second paragraph." }] },
      ],
    }),
  );
  const fragment = doc.getXmlFragment(FRAGMENT);
  const verdicts: boolean[] = [];
  fragment.observeDeep((events) => verdicts.push(events.some(mayMoveMarkers)));
  const first = fragment.get(0) as Y.XmlElement;
  const text = first.get(0) as Y.XmlText;
  return { doc, fragment, first, text, verdicts };
}

describe("mayMoveMarkers", () => {
  it("says no for typing, deleting and formatting inside a paragraph's text", () => {
    const { doc, text, verdicts } = section();
    text.insert(3, "xyz");
    text.delete(0, 2);
    text.format(0, 3, { bold: {} });
    expect(verdicts).toEqual([false, false, false]);
    expect(yDocCitationIds(doc)).toEqual([A]);
  });

  it("says yes when a marker is inserted or deleted, a paragraph is added or removed, or an attribute changes", () => {
    const { doc, fragment, first, verdicts } = section();
    const marker = new Y.XmlElement("citation");
    marker.setAttribute("citationId", B);
    first.insert(1, [marker]);
    expect(yDocCitationIds(doc)).toEqual([B, A]);
    first.delete(1, 1);
    fragment.insert(1, [new Y.XmlElement("paragraph")]);
    fragment.delete(0, 1);
    (fragment.get(0) as Y.XmlElement).setAttribute("id", "abcd1234");
    expect(verdicts).toEqual([true, true, true, true, true]);
    expect(yDocCitationIds(doc)).toEqual([]);
  });

  it("says yes when a text gains an embedded object", () => {
    const { text, verdicts } = section();
    text.insertEmbed(1, { citationId: B });
    expect(verdicts).toEqual([true]);
  });

  it("says yes for one transaction that both types and moves a marker", () => {
    const { doc, first, text, verdicts } = section();
    doc.transact(() => {
      text.insert(0, "a");
      first.delete(1, 1);
    });
    expect(verdicts).toEqual([true]);
  });
});
