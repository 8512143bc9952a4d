import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FRAGMENT, yStateFromJSON } from "@/lib/editor/ydoc-content";
import { ROOT_FRAGMENT, relativePositionSchema } from "./relative-position-schema";

describe("relativePositionSchema", () => {
  it("names the editor's fragment", () => {
    expect(ROOT_FRAGMENT).toBe(FRAGMENT);
  });

  it("accepts what Yjs writes for positions inside text, at its end and at the fragment's end", () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, yStateFromJSON({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Some text" }] }] }));
    const fragment = doc.getXmlFragment(FRAGMENT);
    const text = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const positions = [Y.createRelativePositionFromTypeIndex(text, 2), Y.createRelativePositionFromTypeIndex(text, 9), Y.createRelativePositionFromTypeIndex(text, 9, -1), Y.createRelativePositionFromTypeIndex(fragment, 1)];
    for (const p of positions) expect(relativePositionSchema.safeParse(JSON.parse(JSON.stringify(Y.relativePositionToJSON(p)))).success).toBe(true);
  });

  it("refuses empty, ambiguous and foreign positions", () => {
    const bad = [
      { assoc: 0 },
      {},
      { item: { client: 1, clock: 2 } },
      { tname: "other", item: { client: 1, clock: 2 } },
      { tname: "default", type: { client: 1, clock: 2 } },
      { type: { client: -1, clock: 2 } },
      { type: { client: 1, clock: 2.5 } },
      { type: { client: 1, clock: 2 }, assoc: 7 },
      { type: { client: 1, clock: 2 }, extra: true },
      { type: { client: 1, clock: 2, more: 1 } },
      null,
      "x",
    ];
    for (const b of bad) expect(relativePositionSchema.safeParse(b).success, JSON.stringify(b)).toBe(false);
  });
});
