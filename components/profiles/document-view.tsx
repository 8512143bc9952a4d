import type { ReactNode } from "react";
import { isAllowedLink } from "@/lib/editor/is-allowed-link";

export interface FootnoteRef {
  number: number;
  text: string;
}

interface PMNode {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: PMNode[];
}

function withMarks(text: string, marks: PMNode["marks"], key: string): ReactNode {
  return (marks ?? []).reduce<ReactNode>((inner, mark, i) => {
    const k = `${key}-m${i}`;
    switch (mark.type) {
      case "bold":
        return <strong key={k}>{inner}</strong>;
      case "italic":
        return <em key={k}>{inner}</em>;
      case "underline":
        return <u key={k}>{inner}</u>;
      case "strike":
        return <s key={k}>{inner}</s>;
      case "link": {
        const href = typeof mark.attrs?.href === "string" ? mark.attrs.href : "";
        return isAllowedLink(href) ? (
          <a key={k} href={href} rel="noopener noreferrer nofollow">
            {inner}
          </a>
        ) : (
          inner
        );
      }
      default:
        return inner;
    }
  }, text);
}

function renderNode(node: PMNode, key: string, numbers: Map<string, FootnoteRef>): ReactNode {
  const children = () => (node.content ?? []).map((c, i) => renderNode(c, `${key}.${i}`, numbers));
  switch (node.type) {
    case "doc":
      return <>{children()}</>;
    case "paragraph":
      return <p key={key}>{children()}</p>;
    case "heading": {
      const level = Math.min(4, Math.max(2, Number(node.attrs?.level) || 2)) + 1;
      const Tag = `h${level}` as "h3" | "h4" | "h5";
      return <Tag key={key}>{children()}</Tag>;
    }
    case "bulletList":
      return <ul key={key}>{children()}</ul>;
    case "orderedList":
      return <ol key={key}>{children()}</ol>;
    case "listItem":
      return <li key={key}>{children()}</li>;
    case "blockquote":
      return <blockquote key={key}>{children()}</blockquote>;
    case "hardBreak":
      return <br key={key} />;
    case "text":
      return <span key={key}>{withMarks(node.text ?? "", node.marks, key)}</span>;
    case "citation": {
      const id = typeof node.attrs?.citationId === "string" ? node.attrs.citationId : "";
      const ref = numbers.get(id);
      const n = ref?.number;
      return (
        <sup key={key} className="citation-marker">
          <a href={`#fn-${n ?? "missing"}`} id={`ref-${n}-${key}`} title={ref?.text} aria-label={n ? `Footnote ${n}` : "Missing footnote"}>
            [{n ?? "?"}]
          </a>
        </sup>
      );
    }
    default:
      return null;
  }
}

/** Read-only rendering of a section's ProseMirror JSON; text is always rendered as text, never as HTML. */
export function DocumentView({ doc, footnoteNumbers }: { doc: unknown; footnoteNumbers: Map<string, FootnoteRef> }) {
  const content = (doc as PMNode | null)?.content ?? [];
  const empty = content.every((n) => n.type === "paragraph" && !(n.content ?? []).length);
  if (empty) return <p className="mt-2 text-sm italic text-slate-500">Nothing written yet.</p>;
  return <div className="prose-folio">{renderNode(doc as PMNode, "n", footnoteNumbers)}</div>;
}
