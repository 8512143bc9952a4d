import { describe, expect, it } from "vitest";
import { docxParts } from "@/lib/test/docx-parts";
import { buildDocx } from "./build-docx";

describe("buildDocx", () => {
  it("writes valid XML when stored text holds control characters or a lone surrogate", async () => {
    const bytes = await buildDocx({
      country: "Japan\u0001",
      lastUpdated: new Date("2026-01-02T00:00:00Z"),
      description: "Draft\u0000",
      sections: [{ title: "Law\u0002", depth: 0, content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "One\u0001 two\u0000 three\ud800." }, { type: "citation", attrs: { id: "c1" } }] }] } }],
      footnotes: [{ number: 1, segments: [{ kind: "title", text: "‘Title\u0001’" }, { kind: "url", text: "<https://example.org/\u001f>", href: "https://example.org/" }], sourceIds: [] }],
    });
    const parts = docxParts(bytes);
    const xml = Object.entries(parts).filter(([name]) => name.endsWith(".xml") || name.endsWith(".rels"));
    expect(xml.length).toBeGreaterThan(3);
    for (const [name, text] of xml) expect(text, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/);
    expect(parts["word/document.xml"]).toContain("One two three.");
    expect(parts["word/footnotes.xml"]).toContain("‘Title’");
  });
});
