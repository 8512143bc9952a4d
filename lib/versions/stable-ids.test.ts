import { describe, expect, it } from "vitest";
import { assignStableIds } from "./stable-ids";

const p = (text: string, id?: string) => ({ type: "paragraph", ...(id ? { attrs: { id } } : {}), content: [{ type: "text", text }] });
const doc = (...content: object[]) => ({ type: "doc", content });
const anchors = (r: ReturnType<typeof assignStableIds>) => r.paragraphs.map((x) => x.anchor);

describe("assignStableIds", () => {
  it("anchors a block at its own id, so a paragraph rewritten word for word keeps its anchor", () => {
    const v1 = assignStableIds("s1", doc(p("The registry opened in 2015.", "blockaa1"), p("Second paragraph.", "blockbb2")));
    expect(anchors(v1)).toEqual(["p-blockaa1", "p-blockbb2"]);
    const v2 = assignStableIds("s1", doc(p("Entirely different words now.", "blockaa1"), p("Second paragraph.", "blockbb2")), v1.paragraphs);
    expect(anchors(v2)).toEqual(["p-blockaa1", "p-blockbb2"]);
  });

  it("repairs a duplicated id at publish: the first block keeps it, the copy gets an anchor of its own", () => {
    const v1 = assignStableIds("s1", doc(p("Original text here.", "dupe1234")));
    const v2 = assignStableIds("s1", doc(p("Original text here.", "dupe1234"), p("A copy with the same id.", "dupe1234")), v1.paragraphs);
    const [first, second] = anchors(v2);
    expect(first).toBe("p-dupe1234");
    expect(second).not.toBe("p-dupe1234");
    expect(second).toMatch(/^p-[A-Za-z0-9_-]+$/);
  });

  it("keeps an older version's anchor for the same text when a block gained its id only later", () => {
    const v1 = assignStableIds("s1", doc(p("Written before ids existed.")));
    const [old] = anchors(v1);
    const v2 = assignStableIds("s1", doc(p("Written before ids existed.", "newid123")), v1.paragraphs);
    expect(anchors(v2)).toEqual([old]);
  });
});
