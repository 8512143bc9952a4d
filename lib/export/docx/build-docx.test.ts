import { describe, expect, it } from "vitest";
import { docxParts } from "@/lib/test/docx-parts";
import { buildDocx } from "./build-docx";

describe("buildDocx", () => {
  it("writes valid XML when stored text holds control characters or a lone surrogate", async () => {
    const bytes = await buildDocx({
      country: "Japan\u0001",
      lastUpdated: new Date("2026-01-02T00:00:00Z"),
      description: "Draft\u0000",
      sections: [{ id: "s1", title: "Law\u0002", depth: 0, content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "One\u0001 two\u0000 three\ud800." }, { type: "citation", attrs: { citationId: "c1" } }] }] } }],
      footnotes: [{ number: 1, segments: [{ kind: "title", text: "‘Title\u0001’" }, { kind: "url", text: "<https://example.org/\u001f>", href: "https://example.org/" }], sourceIds: [], citationId: "c1", sectionId: "s1" }],
    });
    const parts = docxParts(bytes);
    const xml = Object.entries(parts).filter(([name]) => name.endsWith(".xml") || name.endsWith(".rels"));
    expect(xml.length).toBeGreaterThan(3);
    for (const [name, text] of xml) expect(text, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    // A lone surrogate becomes U+FFFD (valid XML); control characters are dropped.
    expect(parts["word/document.xml"]).toMatch(/One two three\uFFFD?\./);
    expect(parts["word/footnotes.xml"]).toContain("‘Title’");
  });
});
