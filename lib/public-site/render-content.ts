import { isAllowedLink } from "@/lib/editor/is-allowed-link";
import { html, raw, type Raw } from "./html";

type Json = { type?: string; text?: string; attrs?: Record<string, unknown>; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: Json[] };

/** What a citation marker links to: the note's number and anchor, and the marker's own id. */
export interface MarkerRef {
  number: number;
  anchor: string;
  markerId: string;
}

function marked(text: string, marks: Json["marks"]): Raw {
  return (marks ?? []).reduce<Raw>((inner, mark) => {
    switch (mark.type) {
      case "bold":
        return html`<strong>${inner}</strong>`;
      case "italic":
        return html`<em>${inner}</em>`;
      case "underline":
        return html`<u>${inner}</u>`;
      case "strike":
        return html`<s>${inner}</s>`;
      case "link": {
        const href = typeof mark.attrs?.href === "string" ? mark.attrs.href : "";
        return isAllowedLink(href) ? html`<a href="${href}" rel="noopener noreferrer nofollow">${inner}</a>` : inner;
      }
      default:
        return inner;
    }
  }, html`${text}`);
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
  const render = (node: Json): Raw => {
    const inner = () => raw((node.content ?? []).map((c) => render(c).html).join(""));
    const id = typeof node.attrs?.id === "string" ? node.attrs.id : null;
    switch (node.type) {
      case "doc":
        return inner();
      case "paragraph":
        if (!id) return html`<p>${inner()}</p>`;
        return paragraphLinks ? html`<p id="${id}">${inner()}${pilcrow(id, "Link to this paragraph")}</p>` : html`<p id="${id}">${inner()}</p>`;
      case "heading": {
        const level = Math.min(4, Math.max(2, Number(node.attrs?.level) || 2)) + 1;
        return raw(`<h${level}${id ? ` id="${id.replace(/[^A-Za-z0-9_-]/g, "")}"` : ""}>${inner().html}</h${level}>`);
      }
      case "bulletList":
        return html`<ul>${inner()}</ul>`;
      case "orderedList":
        return html`<ol>${inner()}</ol>`;
      case "listItem":
        return html`<li>${inner()}</li>`;
      case "blockquote":
        return html`<blockquote>${inner()}</blockquote>`;
      case "hardBreak":
        return raw("<br>");
      case "text":
        return marked(node.text ?? "", node.marks);
      case "citation": {
        const ref = typeof node.attrs?.citationId === "string" ? nextMarker(node.attrs.citationId) : undefined;
        return ref
          ? html`<sup class="marker"><a href="#${ref.anchor}" id="${ref.markerId}" aria-label="Footnote ${ref.number}">${ref.number}</a></sup>`
          : html`<sup class="marker">?</sup>`;
      }
      default:
        return raw("");
    }
  };
  return render((doc ?? {}) as Json);
}
