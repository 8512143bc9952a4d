import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "./search-query";

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** A ts_headline snippet as HTML: everything escaped, only the highlight markers become `<mark>`. */
export function snippetHtml(snippet: string): string {
  let open = false;
  let out = "";
  for (const ch of snippet) {
    if (ch === HIGHLIGHT_START && !open) {
      out += "<mark>";
      open = true;
    } else if (ch === HIGHLIGHT_STOP && open) {
      out += "</mark>";
      open = false;
    } else if (ch !== HIGHLIGHT_START && ch !== HIGHLIGHT_STOP) out += escapes[ch] ?? ch;
  }
  return open ? `${out}</mark>` : out;
}
