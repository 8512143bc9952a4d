import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { yStateFromJSON } from "@/lib/editor/ydoc-content";
import { resolveAnchors } from "./resolve-anchors";

const state = yStateFromJSON({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Registration is optional." }] }] });
const doc = new Y.Doc();
Y.applyUpdate(doc, state);
const text = (doc.getXmlFragment("default").get(0) as Y.XmlElement).get(0) as Y.XmlText;
const rel = (index: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index)) as Record<string, unknown>;

describe("resolveAnchors", () => {
  it("is total: an anchor it cannot resolve is detached (null), and the others still resolve", () => {
    const good = { id: "good", anchorFrom: rel(0), anchorTo: rel(5) };
    const hostile = [
      { id: "empty", anchorFrom: { assoc: 0 }, anchorTo: { assoc: 0 } },
      { id: "nothing", anchorFrom: {}, anchorTo: {} },
      { id: "other-type", anchorFrom: { tname: "not-the-fragment" }, anchorTo: { tname: "not-the-fragment" } },
      { id: "future-item", anchorFrom: { item: { client: 1, clock: 999 } }, anchorTo: { item: { client: 1, clock: 1000 } } },
      { id: "garbage", anchorFrom: { item: { client: "x", clock: null } }, anchorTo: { type: 5 } },
    ];
    const out = resolveAnchors(state, [...hostile, good] as never);
    for (const h of hostile) expect(out.get(h.id)).toBeNull();
    expect(out.get("good")).toEqual({ from: 1, to: 6 });
  });

  it("detaches every thread when the state itself cannot be read", () => {
    const out = resolveAnchors(new Uint8Array([1, 2, 3, 250]), [{ id: "a", anchorFrom: rel(0), anchorTo: rel(2) }]);
    expect(out.get("a")).toBeNull();
  });
});
