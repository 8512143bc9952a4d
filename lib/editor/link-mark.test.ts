import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { baseExtensions } from "./extensions";

describe("link mark", () => {
  it("keeps only href from a pasted link's attributes", () => {
    const schema = getSchema(baseExtensions());
    const doc = schema.nodeFromJSON({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "https://example.org/", class: "cover-page", target: "_blank", rel: "opener", title: "t" } }] }] }],
    });
    expect(doc.firstChild!.firstChild!.marks[0]!.attrs).toEqual({ href: "https://example.org/" });
  });
});
