import { Fragment, type ReactNode } from "react";
import { renderJsonContent, type JsonContentRenderer } from "@/lib/content/render-json-content";
import { isAllowedLink } from "@/lib/editor/is-allowed-link";

export interface FootnoteRef {
  number: number;
  text: string;
}

/** Children of one element, keyed by position (siblings never reorder in a read-only view). */
const keyed = (children: ReactNode[]) => children.map((c, i) => <Fragment key={i}>{c}</Fragment>);

function reactRenderer(numbers: Map<string, FootnoteRef>): JsonContentRenderer<ReactNode> {
  let markers = 0;
  return {
    nodes: {
      doc: ({ children }) => <>{keyed(children)}</>,
      paragraph: ({ children }) => <p>{keyed(children)}</p>,
      heading: ({ node, children }) => {
        const level = Math.min(4, Math.max(2, Number(node.attrs?.level) || 2)) + 1;
        const Tag = `h${level}` as "h3" | "h4" | "h5";
        return <Tag>{keyed(children)}</Tag>;
      },
      bulletList: ({ children }) => <ul>{keyed(children)}</ul>,
      orderedList: ({ children }) => <ol>{keyed(children)}</ol>,
      listItem: ({ children }) => <li>{keyed(children)}</li>,
      blockquote: ({ children }) => <blockquote>{keyed(children)}</blockquote>,
      hardBreak: () => <br />,
      text: ({ node }) => node.text ?? "",
      citation: ({ node }) => {
        const id = typeof node.attrs?.citationId === "string" ? node.attrs.citationId : "";
        const ref = numbers.get(id);
        const n = ref?.number;
        return (
          <sup className="citation-marker">
            <a href={`#fn-${n ?? "missing"}`} id={`ref-${n}-${++markers}`} title={ref?.text} aria-label={n ? `Footnote ${n}` : "Missing footnote"}>
              [{n ?? "?"}]
            </a>
          </sup>
        );
      },
    },
    marks: {
      bold: ({ children }) => <strong>{children}</strong>,
      italic: ({ children }) => <em>{children}</em>,
      underline: ({ children }) => <u>{children}</u>,
      strike: ({ children }) => <s>{children}</s>,
      link: ({ mark, children }) => {
        const href = typeof mark.attrs?.href === "string" ? mark.attrs.href : "";
        return isAllowedLink(href) ? (
          <a href={href} rel="noopener noreferrer nofollow">
            {children}
          </a>
        ) : (
          children
        );
      },
    },
    unhandledNode: () => null,
  };
}

/** Read-only rendering of a section's ProseMirror JSON; text is always rendered as text, never as HTML. */
export function DocumentView({ doc, footnoteNumbers }: { doc: unknown; footnoteNumbers: Map<string, FootnoteRef> }) {
  const content = (doc as { content?: { type?: string; content?: unknown[] }[] } | null)?.content ?? [];
  const empty = content.every((n) => n.type === "paragraph" && !(n.content ?? []).length);
  if (empty) return <p className="mt-2 text-sm italic text-slate-500">Nothing written yet.</p>;
  return <div className="prose-folio">{renderJsonContent(doc, reactRenderer(footnoteNumbers))}</div>;
}
