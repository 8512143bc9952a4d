import type { BibliographyEntry, EntryName } from "./bibliography-entries";

const risTypes: Record<string, string> = {
  webpage: "ELEC",
  "post-weblog": "BLOG",
  post: "ICOMM",
  "article-journal": "JOUR",
  article: "JOUR",
  "article-newspaper": "NEWS",
  "article-magazine": "MGZN",
  report: "RPRT",
  book: "BOOK",
  chapter: "CHAP",
  "paper-conference": "CONF",
  thesis: "THES",
  dataset: "DATA",
  software: "COMP",
  legislation: "LEGAL",
  regulation: "LEGAL",
  bill: "BILL",
  legal_case: "CASE",
  hearing: "HEAR",
  manuscript: "MANSCPT",
  pamphlet: "PAMP",
  patent: "PAT",
  standard: "STAND",
  map: "MAP",
  graphic: "ART",
  "entry-dictionary": "DICT",
  "entry-encyclopedia": "ENCYC",
  personal_communication: "PCOMM",
};

const risDate = (iso: string) => {
  const [y, m = "", d = ""] = iso.split("-");
  return `${y}/${m}/${d}/`;
};

const name = (n: EntryName) => ("literal" in n ? n.literal : n.given ? `${n.family}, ${n.given}` : n.family);

/**
 * Bibliography entries as RIS, the way Zotero writes and reads it: `DA` the publication date and `PY` its
 * year, `Y2` the access date (`YYYY/MM/DD/`). ELEC records repeat the access date in `M1`, where
 * citation-js and EndNote read it for web pages; `DP` (the catalog) is Folio. One tag a line, never wrapped; every value is already
 * one line (`oneLine`), so no value can start a tag of its own.
 */
export function toRis(entries: BibliographyEntry[]): string {
  return entries
    .map((e) => {
      const ty = risTypes[e.type] ?? "GEN";
      const lines: [string, string][] = [
        ["TY", ty],
        ["ID", e.id],
        ["TI", e.title],
      ];
      for (const a of e.authors) lines.push(["AU", name(a)]);
      if (e.container) lines.push(["T2", e.container]);
      if (e.issued && "parts" in e.issued) {
        const [y, m, d] = e.issued.parts;
        lines.push(["PY", String(y)], ["DA", `${y}/${m ? String(m).padStart(2, "0") : ""}/${d ? String(d).padStart(2, "0") : ""}/`]);
      } else if (e.issued) lines.push(["DA", e.issued.literal]);
      if (e.publisher) lines.push(["PB", e.publisher]);
      if (e.number && ty !== "ELEC") lines.push([ty === "RPRT" ? "SN" : "M1", e.number]);
      if (e.url) lines.push(["UR", e.url]);
      if (e.accessed) {
        lines.push(["Y2", risDate(e.accessed)]);
        if (ty === "ELEC") lines.push(["M1", risDate(e.accessed)]);
      }
      if (e.doi) lines.push(["DO", e.doi]);
      if (e.language) lines.push(["LA", e.language]);
      // Zotero's "Library Catalog". Also a tag of the newer RIS spec, so citation-js doesn't read a record
      // with an `ID` but no date as the old spec, where `Y2` is not the access date.
      lines.push(["DP", "Folio"], ["ER", ""]);
      return lines.map(([tag, value]) => `${tag}  - ${value}`).join("\r\n");
    })
    .join("\r\n\r\n")
    .concat("\r\n");
}
