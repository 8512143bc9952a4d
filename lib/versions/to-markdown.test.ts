import MarkdownIt from "markdown-it";
import footnotePlugin from "markdown-it-footnote";
import { describe, expect, it } from "vitest";
import { manifestSource, versionOf } from "@/lib/test/manifest-factories";
import { toMarkdown } from "./to-markdown";

// @types/markdown-it-footnote is typed against an older @types/markdown-it.
const md = new MarkdownIt({ html: true }).use(footnotePlugin as unknown as (md: MarkdownIt) => void);
const text = (t: string) => ({ type: "text", text: t });
const para = (...content: object[]) => ({ type: "paragraph", content });
const cite = (id: string) => ({ type: "citation", attrs: { citationId: id } });

describe("toMarkdown", () => {
  const source = manifestSource({ key: "s", title: "Report", url: "https://example.org/r", accessed: "2025-02-21" });
  const content = {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [text("Sub"), { type: "hardBreak" }, text("heading")] },
      para(text("Bold"), cite("c1")),
      { type: "bulletList", content: [{ type: "listItem", content: [para(text("one"), { type: "hardBreak" }, text("- not a list")), para(text("more of one"))] }, { type: "listItem", content: [para(text("two"))] }] },
      { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [para(text("three"))] }] },
      { type: "blockquote", content: [para(text("quoted"), { type: "hardBreak" }, text("# still quoted")), para(text("second"))] },
      para({ type: "text", text: "link", marks: [{ type: "link", attrs: { href: "https://example.org/l" } }, { type: "bold" }] }, text(" and "), { type: "text", text: "bad", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }, cite("c2")),
      para(text("foreign"), cite("not-in-this-version")),
    ],
  };
  const v = versionOf({ notes: [[source], [source]], content });
  const out = toMarkdown(v, { permanentUrl: "https://folio.example/profiles/jp/v/1" });

  it("keeps lists, numbering, quotes, hard breaks and links, and numbers notes by citation id", () => {
    const html = md.render(out);
    expect(html).toContain("<h3>Sub heading</h3>");
    expect(html).toMatch(/<ul>\n<li>\n<p>one<br>\n- not a list<\/p>\n<p>more of one<\/p>\n<\/li>\n<li>\n<p>two<\/p>\n<\/li>\n<\/ul>/);
    expect(html).toContain('<ol start="3">');
    expect(html).toMatch(/<blockquote>\n<p>quoted<br>\n# still quoted<\/p>\n<p>second<\/p>\n<\/blockquote>/);
    expect(html).toContain('<strong><a href="https://example.org/l">link</a></strong> and bad<sup');
    expect(out).toContain("foreign\n");
    expect((out.match(/\[\^\d\](?!:)/g) ?? []).length).toBe(2);
    expect(out).toMatch(/^\[\^2\]: /m);
  });
});
