import { esc } from "@/lib/public-site/html";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "./search-query";

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
    } else if (ch !== HIGHLIGHT_START && ch !== HIGHLIGHT_STOP) out += esc(ch);
  }
  return open ? `${out}</mark>` : out;
}
