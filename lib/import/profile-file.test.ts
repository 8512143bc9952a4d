import { describe, expect, it } from "vitest";
import { childrenOf, parseWordXml, rootChildren, textOf } from "./docx/word-xml";
import { profileFile } from "./profile-file";

describe("imported text without control characters", () => {
  it("reads a text profile without NUL or other C0 controls, keeping tabs and newlines", () => {
    const file = profileFile("japan.txt", new TextEncoder().encode("Japan\u0000\nLast updated\u0001: 1 May 2025\n\tText\r\n"));
    expect(file).toEqual({ kind: "text", text: "Japan\nLast updated: 1 May 2025\n\tText\r\n" });
  });

  it("reads Word XML text without control characters", () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>One\u0001 two\u0008</w:t></w:r></w:p></w:body></w:document>`;
    const body = rootChildren(parseWordXml("word/document.xml", new TextEncoder().encode(xml)), "w:document");
    const run = childrenOf(childrenOf(childrenOf(body[0]!)[0]!)[0]!)[0]!;
    expect(textOf(run)).toBe("One two");
  });
});
