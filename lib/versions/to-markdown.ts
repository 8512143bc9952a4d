import { exportUrl } from "@/lib/citations/is-safe-url";
import { footnoteCursor } from "@/lib/citations/number-reading-order";
import { renderJsonContent, type JsonContentRenderer, type NodeProps } from "@/lib/content/render-json-content";
import { cleanText, oneLine } from "@/lib/export/clean-text";
import { formatDate } from "@/lib/format-date";
import type { PublishedVersion } from "./manifest";

// CommonMark: escape what could start markup anywhere, an `&` that would read as an entity, and at the
// start of each line what could start a block (list, heading underline, thematic break, code indent).
const escapeInline = (s: string) => s.replace(/([\\`*_{}[\]<>#|~!])/g, "\\$1").replace(/&(?=#?\w+;)/g, "\\&");
const escapeLineStart = (line: string) =>
  line
    .replace(/^[ \t]+/, "")
    .replace(/^([-+=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");

/** Text for one line: line breaks become spaces, controls go, then escaping (not yet at the line's start). */
const inlineText = (s: string) => escapeInline(oneLine(s));

const mailto = (href: string) => /^mailto:[^\s<>\\()]+$/i.test(href.trim()) ? href.trim() : null;

const blocks = (children: string[]) => children.filter((c) => c.trim() !== "").join("\n\n");
const indent = (block: string, first: string, rest: string) =>
  block
    .split("\n")
    .map((line, i) => (i === 0 ? first + line : line === "" ? "" : rest + line))
    .join("\n");

function list({ node, children }: NodeProps<string>): string {
  const start = Number(node.attrs?.start) || 1;
  return children
    .filter((c) => c.trim() !== "")
    .map((item, i) => {
      const bullet = node.type === "orderedList" ? `${start + i}. ` : "- ";
      return indent(item, bullet, " ".repeat(bullet.length));
    })
    .join("\n");
}

/** Markdown for a section's content; `marker` gives a citation's `[^n]`, or "" for a citation with no note. */
function markdownRenderer(marker: (citationId: unknown) => string): JsonContentRenderer<string> {
  return {
    nodes: {
      doc: ({ children }) => blocks(children),
      paragraph: ({ children }) => children.join("").split("\n").map(escapeLineStart).join("\n"),
      heading: ({ node, children }) => `${"#".repeat(Math.min(6, (Number(node.attrs?.level) || 2) + 1))} ${children.join("").replace(/\\\n/g, " ").trim()}`,
      bulletList: list,
      orderedList: list,
      listItem: ({ children }) => blocks(children),
      blockquote: ({ children }) =>
        blocks(children)
          .split("\n")
          .map((line) => (line === "" ? ">" : `> ${line}`))
          .join("\n"),
      hardBreak: () => "\\\n",
      text: ({ node }) => escapeInline(cleanText(node.text ?? "").replace(/[\t\n]+/g, " ")),
      citation: ({ node }) => marker(node.attrs?.citationId),
    },
    marks: {
      bold: ({ children }) => (children.trim() ? `**${children}**` : children),
      italic: ({ children }) => (children.trim() ? `*${children}*` : children),
      strike: ({ children }) => (children.trim() ? `~~${children}~~` : children),
      link: ({ mark, children }) => {
        const raw = typeof mark.attrs?.href === "string" ? mark.attrs.href : "";
        const href = exportUrl(raw) ?? mailto(raw);
        return href ? `[${children}](<${href}>)` : children;
      },
    },
    unhandledNode: ({ children }) => children.join(""),
  };
}

/**
 * A version as Markdown with footnotes (`[^n]` markers, notes at the end). Text is escaped once, in the text
 * renderer; a newline inside text becomes a space and every line is escaped at its start, so no text can
 * leave its paragraph or footnote, or start a heading, list or note definition.
 */
export function toMarkdown(v: PublishedVersion, { permanentUrl }: { permanentUrl: string }): string {
  const next = footnoteCursor(v.manifest.footnotes);
  const link = exportUrl(permanentUrl);
  const out = [`# ${inlineText(v.country)}`, "", `Last updated: ${formatDate(v.publishedAt)} (version ${v.number}, ${link ? `<${link}>` : inlineText(permanentUrl)})`, ""];
  for (const s of v.manifest.sections) {
    out.push(`${"#".repeat(Math.min(2 + s.depth, 6))} ${inlineText(s.title)}`, "");
    const renderer = markdownRenderer((id) => {
      const f = typeof id === "string" ? next(s.id, id) : undefined;
      return f ? `[^${f.number}]` : "";
    });
    const body = renderJsonContent(s.content, renderer);
    if (body.trim() !== "") out.push(body, "");
  }
  for (const f of v.manifest.footnotes) out.push(`[^${f.number}]: ${escapeLineStart(inlineText(f.text))}`);
  return `${out.join("\n").trimEnd()}\n`;
}
