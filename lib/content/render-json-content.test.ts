import { describe, expect, it } from "vitest";
import { renderJsonContent, type JsonContentRenderer } from "./render-json-content";

const seen: string[] = [];
const tags: JsonContentRenderer<string> = {
  nodes: {
    doc: ({ children }) => children.join(""),
    paragraph: ({ children, index }) => `<p${index}>${children.join("")}</p>`,
    text: ({ node }) => node.text ?? "",
    citation: ({ node }) => {
      seen.push(String(node.attrs?.citationId));
      return `[${String(node.attrs?.citationId)}]`;
    },
  },
  marks: { bold: ({ children }) => `*${children}*`, link: ({ mark, children }) => `(${children})->${String(mark.attrs?.href)}` },
  unhandledNode: ({ node, children }) => `?${node.type ?? ""}{${children.join("")}}`,
};

describe("renderJsonContent", () => {
  it("renders children first, marks innermost out, and leaves unknown nodes and marks to the fallback", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "a", marks: [{ type: "bold" }, { type: "link", attrs: { href: "h" } }, { type: "comment" }] }] },
        { type: "box", content: [{ type: "text", text: "b" }] },
      ],
    };
    expect(renderJsonContent(doc, tags)).toBe("<p0>(*a*)->h</p>?box{b}");
  });

  it("visits citation nodes in document order, however deep", () => {
    seen.length = 0;
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "citation", attrs: { citationId: "1" } }, { type: "box", content: [{ type: "citation", attrs: { citationId: "2" } }] }] }, { type: "paragraph", content: [{ type: "citation", attrs: { citationId: "3" } }] }] };
    renderJsonContent(doc, tags);
    expect(seen).toEqual(["1", "2", "3"]);
  });

  it("skips malformed children and treats a non-object document as empty", () => {
    const doc = { type: "doc", content: [null, "text", 3, { type: "paragraph", content: [{ type: "text", text: "ok" }, [], { type: "__proto__" }] }] };
    expect(renderJsonContent(doc, tags)).toBe("<p0>ok?__proto__{}</p>");
    expect(renderJsonContent("not a doc", tags)).toBe("");
    expect(renderJsonContent({ type: "text", text: "x", marks: "bold" }, tags)).toBe("x");
  });
});
