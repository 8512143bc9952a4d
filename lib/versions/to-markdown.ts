import { footnoteCursor } from "@/lib/citations/number-reading-order";
import { formatDate } from "@/lib/format-date";
import type { PublishedVersion } from "./manifest";

type Json = { type?: string; text?: string; attrs?: Record<string, unknown>; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: Json[] };

const escapeMd = (s: string) => s.replace(/([\\`*_{}[\]<>#|~])/g, "\\$1");

function inline(node: Json, marker: (citationId: string) => string): string {
  if (node.type === "text") {
    let t = escapeMd(node.text ?? "");
    for (const m of node.marks ?? []) {
      if (m.type === "bold") t = `**${t}**`;
      else if (m.type === "italic") t = `*${t}*`;
      else if (m.type === "strike") t = `~~${t}~~`;
      else if (m.type === "link" && typeof m.attrs?.href === "string" && /^(https?|mailto):/i.test(m.attrs.href)) t = `[${t}](<${m.attrs.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
    }
    return t;
  }
  if (node.type === "citation") return marker(typeof node.attrs?.citationId === "string" ? node.attrs.citationId : "");
  if (node.type === "hardBreak") return "  \n";
  return (node.content ?? []).map((c) => inline(c, marker)).join("");
}

function blocks(node: Json, marker: (citationId: string) => string, prefix = ""): string[] {
  switch (node.type) {
    case "paragraph":
      return [prefix + inline(node, marker)];
    case "heading":
      return [`${"#".repeat(Math.min(6, (Number(node.attrs?.level) || 2) + 1))} ${inline(node, marker)}`];
    case "bulletList":
    case "orderedList":
      return (node.content ?? []).flatMap((item, i) => blocks(item, marker, node.type === "bulletList" ? "- " : `${i + 1}. `));
    case "listItem":
      return (node.content ?? []).flatMap((c, i) => blocks(c, marker, i === 0 ? prefix : "   "));
    case "blockquote":
      return (node.content ?? []).flatMap((c) => blocks(c, marker, "> "));
    default:
      return (node.content ?? []).flatMap((c) => blocks(c, marker, prefix));
  }
}

/** A version as Markdown with footnotes (`[^n]` markers, notes at the end). */
export function toMarkdown(v: PublishedVersion, { permanentUrl }: { permanentUrl: string }): string {
  const next = footnoteCursor(v.manifest.footnotes);
  const out = [`# ${escapeMd(v.country)}`, "", `Last updated: ${formatDate(v.publishedAt)} (version ${v.number}, <${permanentUrl}>)`, ""];
  for (const s of v.manifest.sections) {
    out.push(`${"#".repeat(Math.min(2 + s.depth, 6))} ${escapeMd(s.title)}`, "");
    const marker = (citationId: string) => {
      const f = next(s.id, citationId);
      return f ? `[^${f.number}]` : "";
    };
    for (const b of blocks(s.content as Json, marker)) if (b.trim() !== "") out.push(b, "");
  }
  for (const f of v.manifest.footnotes) out.push(`[^${f.number}]: ${escapeMd(f.text)}`);
  return `${out.join("\n").trimEnd()}\n`;
}
