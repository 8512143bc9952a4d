import { renderJsonContent, type JsonContentRenderer } from "@/lib/content/render-json-content";
import { isAllowedLink } from "@/lib/editor/is-allowed-link";
import { cleanText } from "@/lib/export/clean-text";
import { html, raw, type Raw } from "./html";

/** What a citation marker links to: the note's number and anchor, and the marker's own id. */
export interface MarkerRef {
  number: number;
  anchor: string;
  markerId: string;
}

const join = (children: Raw[]) => raw(children.map((c) => c.html).join(""));
const blockId = (attrs: Record<string, unknown> | undefined) => (typeof attrs?.id === "string" ? attrs.id : null);

function htmlRenderer(nextMarker: (citationId: string) => MarkerRef | undefined, paragraphLinks: boolean): JsonContentRenderer<Raw> {
  return {
    nodes: {
      doc: ({ children }) => join(children),
      paragraph: ({ node, children }) => {
        const id = blockId(node.attrs);
        if (!id) return html`<p>${join(children)}</p>`;
        return paragraphLinks ? html`<p id="${id}">${join(children)}${pilcrow(id, "Link to this paragraph")}</p>` : html`<p id="${id}">${join(children)}</p>`;
      },
      heading: ({ node, children }) => {
        const level = Math.min(4, Math.max(2, Number(node.attrs?.level) || 2)) + 1;
        const id = blockId(node.attrs);
        return raw(`<h${level}${id ? ` id="${id.replace(/[^A-Za-z0-9_-]/g, "")}"` : ""}>${join(children).html}</h${level}>`);
      },
      bulletList: ({ children }) => html`<ul>${join(children)}</ul>`,
      orderedList: ({ children }) => html`<ol>${join(children)}</ol>`,
      listItem: ({ children }) => html`<li>${join(children)}</li>`,
      blockquote: ({ children }) => html`<blockquote>${join(children)}</blockquote>`,
      hardBreak: () => raw("<br>"),
      text: ({ node }) => html`${cleanText(node.text ?? "")}`,
      citation: ({ node }) => {
        const ref = typeof node.attrs?.citationId === "string" ? nextMarker(node.attrs.citationId) : undefined;
        return ref
          ? html`<sup class="marker"><a href="#${ref.anchor}" id="${ref.markerId}" aria-label="Footnote ${ref.number}">${ref.number}</a></sup>`
          : html`<sup class="marker">?</sup>`;
      },
    },
    marks: {
      bold: ({ children }) => html`<strong>${children}</strong>`,
      italic: ({ children }) => html`<em>${children}</em>`,
      underline: ({ children }) => html`<u>${children}</u>`,
      strike: ({ children }) => html`<s>${children}</s>`,
      link: ({ mark, children }) => {
        const href = typeof mark.attrs?.href === "string" ? mark.attrs.href : "";
        return isAllowedLink(href) ? html`<a href="${href}" rel="noopener noreferrer nofollow">${children}</a>` : children;
      },
    },
    unhandledNode: () => raw(""),
  };
}

/** A ¶ link to an anchor on the same page, for copying a link to one paragraph or note. */
export function pilcrow(anchor: string, label: string): Raw {
  return html` <a class="pilcrow" href="#${anchor}" aria-label="${label}">¶</a>`;
}

/**
 * Renders a section's ProseMirror JSON to HTML: text is always escaped, only http(s)/mailto links
 * survive, blocks carry their stable anchor as id, citation markers link to their note and back.
 * `nextMarker` is called once per citation node in document order. With `paragraphLinks`, every paragraph with an
 * anchor ends in a ¶ link to itself (shown on hover and focus by the stylesheet).
 */
export function renderContent(doc: unknown, nextMarker: (citationId: string) => MarkerRef | undefined, { paragraphLinks = false }: { paragraphLinks?: boolean } = {}): Raw {
  return renderJsonContent(doc ?? {}, htmlRenderer(nextMarker, paragraphLinks));
}
