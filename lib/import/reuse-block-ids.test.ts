import { describe, expect, it } from "vitest";
import { reuseBlockIds } from "./reuse-block-ids";

const p = (text: string, id?: string) => ({ type: "paragraph", ...(id ? { attrs: { id } } : {}), content: [{ type: "text", text }] });

describe("reuseBlockIds", () => {
  it("gives an unchanged paragraph its current id and leaves a changed one without", () => {
    const current = { type: "doc", content: [p("Same.", "aaaa1111"), p("Old text.", "bbbb2222")] };
    const next = reuseBlockIds({ type: "doc", content: [p("Same."), p("New text.")] }, current) as { content: { attrs?: { id?: string } }[] };
    expect(next.content[0]!.attrs?.id).toBe("aaaa1111");
    expect(next.content[1]!.attrs?.id).toBeUndefined();
  });

  it("uses each id once when a paragraph repeats", () => {
    const current = { type: "doc", content: [p("Twice.", "aaaa1111")] };
    const next = reuseBlockIds({ type: "doc", content: [p("Twice."), p("Twice.")] }, current) as { content: { attrs?: { id?: string } }[] };
    expect(next.content.map((b) => b.attrs?.id)).toEqual(["aaaa1111", undefined]);
  });
});
